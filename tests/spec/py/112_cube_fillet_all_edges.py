# 112_cube_fillet_all_edges: cube with all 12 edges filleted (rounded box, spherical corners)
# volume: (a-2r)^3 + 6 slabs (a-2r)^2*r + 12 quarter cylinders (3 full) + 8 eighth spheres (1 full) = 24**3 + 2*3*3*24**2 + pi*3**2*3*24 + 4/3*pi*3**3
# expect: volume 26340.8
# expect: faces 26
# expect: solids 1
# expect: bbox 30 30 30
# expect: valid
import cadquery as cq

# Parameters
side = 30.0
r = 3.0

# Construction
result = cq.Workplane("XY").box(side, side, side).edges().fillet(r)
