// a cube as a polyhedron with quad faces
// expect: volume 350 ±0.1%
// expect: bbox 10 7 5
// expect: closed
polyhedron(
  points=[[0,0,0],[10,0,0],[10,7,0],[0,7,0],[0,0,5],[10,0,5],[10,7,5],[0,7,5]],
  faces=[[0,1,2,3],[4,5,1,0],[7,6,5,4],[5,6,2,1],[6,7,3,2],[7,4,0,3]]);
