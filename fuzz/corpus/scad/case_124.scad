module grp() { children(); } grp() { grp() { echo("deep"); } }
