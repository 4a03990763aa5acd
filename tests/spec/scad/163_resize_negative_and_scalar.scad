// resize takes a negative size as 0 (keep the axis, auto applies) and ignores a number
// expect: volume 33 ±0.1%
// expect: bbox 15 3 3
// expect: closed
resize([-5,3,0], auto=true) cube();
translate([5,0,0]) resize(5) cube();
translate([10,0,0]) resize([5,-3,0]) cube();
