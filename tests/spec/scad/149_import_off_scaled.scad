// import an OFF and transform it
// expect: volume 1018.23 ±0.1%
// expect: bbox 12 12 10
// expect: closed
scale(2) import("data/prism8.off");
