// math builtins in degrees
// expect: echo ECHO: 0.5, 0.5, 1, 45, 4, 1024, 3, 2, 3, 3, 1, 9, 5, [0, 0, 1], 1, 0, 2
echo(sin(30), cos(60), tan(45), atan2(1,1), sqrt(16), pow(2,10), abs(-3), floor(2.7), ceil(2.1), round(2.5), min(3,1,2), max([4,9,2]), norm([3,4]), cross([1,0,0],[0,1,0]), exp(0), ln(1), log(100));
