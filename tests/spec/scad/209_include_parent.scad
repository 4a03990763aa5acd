// include ../ escaping the program's folder is refused
// expect error io.sandbox_violation
include <../README.md>
cube(1);
