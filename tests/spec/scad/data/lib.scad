// A small library for the include/use specs.
lib_size = 4;
function lib_double(x) = 2 * x;
module lib_block(s = lib_size) { cube(s); }
