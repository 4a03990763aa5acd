// openscad's minkowski3-erosion: minkowski of a cube around an L-shaped void keeps the (shrunk) void, so the difference erodes the L
// expect: volume 171.975 ±0.1%
// expect: bbox 8.06814 8.06814 8.06814
// expect: closed
module erode(r) { difference() { children(); minkowski(convexity=3) { difference() { cube(25, center=true); children(); } sphere(r); } } }
module object() { translate([-5,0,0]) cube([10,5,5]); translate([0,-5,0]) cube([5,10,5]); cube([5,5,10]); }
erode(1, $fn=12) object();
