// the deprecated triangles= parameter still works
// expect: volume 10.6667 ±0.1%
// expect: triangles 4
// expect: closed
polyhedron(points=[[0,0,0],[4,0,0],[0,4,0],[0,0,4]], triangles=[[0,1,2],[0,3,1],[0,2,3],[1,3,2]]);
