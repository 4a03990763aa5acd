// intersection_for over rotated boxes
// expect: volume 221.702 ±0.1%
// expect: bbox 9.2376 8 4
// expect: closed
intersection_for(a=[0,60,120]) rotate(a) cube([20,8,4], center=true);
