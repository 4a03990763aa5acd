// lookup() interpolates
// expect: echo ECHO: 20, 10
echo(lookup(1.5, [[0,0],[1,10],[2,30]]), lookup(5, [[0,0],[1,10]]));
