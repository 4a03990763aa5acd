// a sphere cut in two and united again: the rounded halves cross themselves, their exact forms do not (openscad's issue1000)
// expect: volume 4112.86 ±0.1%
// expect: bbox 20 19.8904 19.8904
// expect: closed
color([1,0,0]) intersection() { sphere(10); translate([0,0,10]) cube([20,20,20],center=true); }
color([0,0,1]) difference() { sphere(10); translate([0,0,10]) cube([20,20,20],center=true); }
