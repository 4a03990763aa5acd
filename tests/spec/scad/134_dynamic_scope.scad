// user $ variables have dynamic scope
// expect: echo ECHO: 1
// expect: echo ECHO: 2
module show() echo($level);
module outer() { $level = 2; show(); }
$level = 1; show(); outer();
