// a polygon with a hole via paths
// expect: volume 84 ±0.1%
// expect: bbox 10 10 1
// expect: closed
linear_extrude(1) polygon(points=[[0,0],[10,0],[10,10],[0,10],[3,3],[7,3],[7,7],[3,7]], paths=[[0,1,2,3],[4,5,6,7]]);
