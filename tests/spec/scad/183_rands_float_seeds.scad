// seeded rands(): the seed is hashed as openscad hashes doubles, infinite bounds are clamped (openscad's rands test)
// expect: volume 1 ±0.1%
// expect: closed
// expect: echo ECHO: [1.96977, 1.55343, 1.99383], [1.47102, 1.34005], [1.71837, 1.20865]
// expect: echo ECHO: [7.96543, 1.83435], [8.93786e+307], [1.6636e+307], [5, 5, 5], [0.227339, 0.318972]
echo(rands(1, 2, 3, 4.1), rands(1, 2, 2, -4.1e100), rands(1, 2, 2, 4.1e-100));
echo(rands(0, 10, 2, 42), rands(1/0, 1/0, 1, 1), rands(0, 0/0, 1, 2), rands(5, 5, 3, 1), rands(0, 1, -2, 7));
cube(1);
