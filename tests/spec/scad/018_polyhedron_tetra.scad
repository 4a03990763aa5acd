// a tetrahedron from points and faces
// expect: volume 166.667 ±0.1%
// expect: triangles 4
// expect: bbox 10 10 10
// expect: closed
polyhedron(points=[[0,0,0],[10,0,0],[0,10,0],[0,0,10]], faces=[[0,1,2],[0,3,1],[0,2,3],[1,3,2]]);
