// a square pyramid (mixed quad and triangle faces)
// expect: volume 1333.33 ±0.1%
// expect: bbox 20 20 10
// expect: closed
polyhedron(points=[[10,10,0],[10,-10,0],[-10,-10,0],[-10,10,0],[0,0,10]], faces=[[0,1,4],[1,2,4],[2,3,4],[3,0,4],[1,0,3],[2,1,3]]);
