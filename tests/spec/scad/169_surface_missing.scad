// a missing surface() file warns and yields nothing
// expect: empty
// expect: warning io.not_found
surface("data/no_such_file.dat");
