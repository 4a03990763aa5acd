// openscad's mirror-tests: eight mirrored cubes fill the octants; partial unions touch only along edges or at the origin, the whole is a 2x2x2 cube
// expect: volume 8 ±0.1%
// expect: bbox 2 2 2
// expect: closed
for(mx=[0,1],my=[0,1],mz=[0,1]) {
  m = [mx,my,mz];
  if (m == [1,1,1]) scale(-1) cube(); else mirror(m) cube();
}
