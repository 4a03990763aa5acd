// text() with the default font (Liberation Sans)
// expect: volume 40.7377 ±1%
// expect: bbox 10.8054 10.0634 1
// expect: closed
linear_extrude(1) text("Hi", size=10);
