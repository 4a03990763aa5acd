// rotate_extrude of a profile crossing the axis is an error
// expect error geom.rotate_extrude_sides
rotate_extrude() translate([-1,0]) square(3);
