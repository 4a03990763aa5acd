// polygon points that are not vec2 warn
// expect: empty
// expect: warning runtime.bad_argument
linear_extrude(1) polygon([[0,0],[1],"x"]);
