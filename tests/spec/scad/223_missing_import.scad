// a missing import file warns and yields nothing
// expect: empty
// expect: warning io.not_found
import("data/no_such_file.stl");
