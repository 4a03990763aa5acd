// asin/acos/atan/atan2 give whole degrees back exactly (openscad's trig-tests)
// expect: volume 1 ±0.1%
// expect: closed
// expect: echo ECHO: [], []
// expect: echo ECHO: [], []
// expect: echo ECHO: 17.4576, 134.427, 63.4349, 18.4349
echo([for (a = [-90:90]) if (asin(sin(a)) != a) a], [for (a = [0:180]) if (acos(cos(a)) != a) a]);
echo([for (a = [-89:89]) if (atan(tan(a)) != a) a], [for (a = [-179:179]) if (atan2(sin(a), cos(a)) != a) a]);
echo(asin(0.3), acos(-0.7), atan(2), atan2(1, 3));
cube(1);
