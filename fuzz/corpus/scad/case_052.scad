$fn = 8; module s() echo(fn=$fn, fa=$fa, fs=$fs); s(); s($fn=3); translate([0,0,0]) s();
