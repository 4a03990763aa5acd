// openscad's example002-like nested CSG
// expect: volume 12241.7 ±0.1%
// expect: bbox 30 30 35
// expect: closed
intersection() {
  difference() {
    union() { cube([30,30,30], center=true); translate([0,0,-25]) cube([15,15,50], center=true); }
    union() { cube([50,10,10], center=true); cube([10,50,10], center=true); cube([10,10,50], center=true); }
  }
  translate([0,0,5]) cylinder(h=50, r1=20, r2=5, center=true);
}
