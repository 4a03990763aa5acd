// a polyhedron whose points all lie in one plane, united with a cube: a clear error, no crash (CGAL's autorefinement crashed on it)
// expect error geom.boolean_failed
union() { cube(1); polyhedron(points=[[10,10,0],[10,-10,0],[-10,-10,0],[-10,10,0],[0,0,0]],
  faces=[[0,1,4],[1,2,4],[2,3,4],[3,0,4],[1,0,3],[2,1,3]]); }
