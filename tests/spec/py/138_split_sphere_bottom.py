# 138_split_sphere_bottom: sphere split on XY keeping the bottom hemisphere
# volume: 2/3*pi*15**3
# expect: volume 7068.58
# expect: faces 2
# expect: solids 1
# expect: bbox 30 30 15
import cadquery as cq

# Parameters
radius = 15.0

# Construction
result = cq.Workplane("XY").sphere(radius).split(keepBottom=True)
