// a union rounded at its node boundary, minus a cylinder (openscad's issue1215c)
// expect: volume 5261.22 ±0.1%
// expect: bbox 52 51.7152 12
// expect: closed
difference() {
  union() {
    translate([0,0,-1.5]) cylinder(h=9, r=26, center=true);
    translate([0,0,6]) rotate([180,0,0]) cylinder(h=3, r1=25, r2=26);
  }
  cylinder(h=14, r=23, center=true);
}
