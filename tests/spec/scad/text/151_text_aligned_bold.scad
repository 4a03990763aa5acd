// text() centred, bold
// expect: volume 22.2072 ±1%
// expect: bbox 9.94049 4.91638 1
// expect: closed
linear_extrude(1) text("OK", size=5, font="Liberation Sans:style=Bold", halign="center", valign="center");
