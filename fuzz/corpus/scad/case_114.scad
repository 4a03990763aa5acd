$t = 0.5; echo($t, $preview, $vpr, $vpd);
