// A flange with a hub, a bore and a bolt circle: the OpenSCAD counterpart of examples/bracket.py.
$fn = 64;
flange_d = 80;   // outer diameter
flange_t = 8;    // plate thickness
hub_d = 36;      // hub diameter
hub_h = 20;      // hub height above the plate
bore_d = 20;     // through bore
bolts = 6;       // bolt holes on the circle
bolt_d = 6.6;    // M6 clearance
bolt_circle = 60;

module bolt_holes() {
  for (i = [0 : bolts - 1])
    rotate([0, 0, i * 360 / bolts])
      translate([bolt_circle / 2, 0, -1]) cylinder(d = bolt_d, h = flange_t + 2);
}

difference() {
  union() {
    cylinder(d = flange_d, h = flange_t);
    cylinder(d = hub_d, h = flange_t + hub_h);
  }
  translate([0, 0, -1]) cylinder(d = bore_d, h = flange_t + hub_h + 2);
  bolt_holes();
}
echo(str("flange with ", bolts, " bolt holes"));
