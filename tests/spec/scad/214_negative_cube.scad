// a negative size is empty
// expect: empty
cube(-1);
