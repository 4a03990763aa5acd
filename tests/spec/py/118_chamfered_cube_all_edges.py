# 118_chamfered_cube_all_edges: cube with every edge chamfered equally
# face count not asserted: a kernel may or may not add a tiny triangular face at each corner
# (that changes the volume by under 0.1%)
# volume: a^3 - (12 prisms c^2/2*a - 24 corner pair overlaps c^3/3 + 8 triple overlaps c^3/4) = 20**3 - 6*2**2*20 + 6*2**3
# expect: volume 7568
# expect: solids 1
# expect: bbox 20 20 20
# expect: valid
import cadquery as cq

# Parameters
side = 20.0
c = 2.0

# Construction
result = cq.Workplane("XY").box(side, side, side).edges().chamfer(c)
