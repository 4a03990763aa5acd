# 125_sketch_square_intersect_circle: Sketch rect intersected with a circle (mode='i')
# volume: (circle - 4 segments beyond |x|=20: r^2*acos(d/r) - d*sqrt(r^2-d^2))*t = (pi*25**2 - 4*(25**2*acos(20/25) - 20*sqrt(25**2 - 20**2)))*8
# expect: volume 12437.9
# expect: faces 10
# expect: solids 1
# expect: bbox 40 40 8
# expect: valid
import cadquery as cq

# Parameters
side = 40.0
r = 25.0
thickness = 8.0

# Construction
s = cq.Sketch().rect(side, side).circle(r, mode="i")
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
