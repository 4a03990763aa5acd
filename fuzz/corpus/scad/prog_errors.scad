x = [1, 2;
module m( { cube(); }
echo(undefined_var, nofn(1));
y = 1 +* 2;
for (i = [0:1e12]) cube();
