# 096_sweep_arc_elbow: pipe elbow: circle swept along a quarter arc (Pappus)
# volume: pi*r^2 * (pi*R/2) = pi*6**2*(pi*40/2)
# expect: volume 7106.12
# expect: faces 3
# expect: solids 1
import cadquery as cq
import math

# Parameters
bend_r = 40.0
pipe_r = 6.0

# Construction
mid = (bend_r - bend_r * math.cos(math.radians(45)), bend_r * math.sin(math.radians(45)))
path = cq.Workplane("XZ").threePointArc(mid, (bend_r, bend_r))
result = cq.Workplane("XY").circle(pipe_r).sweep(path)
