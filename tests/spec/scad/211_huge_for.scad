// a range of 1e9 elements is refused with a warning (openscad: too many elements)
// expect: empty
// expect: warning runtime.range_too_large
for (i=[0:1e9]) translate([i,0,0]) cube(1);
