// text() in Bitstream Vera Sans Bold: fontconfig's alias gives DejaVu Sans Bold, as openscad finds
// it (openscad 2021.01 on Debian 12 with fonts-dejavu-core)
// expect: volume 203.971 ±1%
// expect: bbox 27.0844 8.25855 2
// expect: closed
linear_extrude(2) text("Vera", size=8, font="Bitstream Vera Sans:style=Bold", halign="center");
