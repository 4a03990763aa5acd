echo(sin(0), sin(90), sin(150), sin(210), sin(-45), cos(0), cos(120), cos(-60), cos(45), cos(720));
