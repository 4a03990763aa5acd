// a syntax error is reported with its location
// expect error syntax.unexpected_token
cube(1;
