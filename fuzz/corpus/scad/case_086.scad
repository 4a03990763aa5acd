echo("tab\there", "quote\"q", "back\\slash", "\x41\u263A");
