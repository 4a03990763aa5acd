// a parametric part using most statement kinds
$fn = 32;
teeth = 12; r = 10;
function pts(n, r) = [for (i = [0:n-1]) let(a = i * 360 / n) [r * cos(a), r * sin(a)]];
module tooth(w = 2) { translate([r, 0, 0]) cube([w, 1, 3], center = true); }
module ring(n) { for (i = [0:n-1]) rotate(i * 360 / n) children(); }
difference() {
  union() { cylinder(h = 3, r = r, center = true); ring(teeth) tooth(); }
  #cylinder(h = 4, r = 2, center = true);
  %polygon(pts(6, 4));
}
if (teeth > 10) echo("many", teeth); else echo("few");
