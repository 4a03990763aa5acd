# 065_cube_and_sphere_operator: cube '&' sphere with the intersection operator
# volume: 4/3*pi*20**3 - 6*pi*5**2*(3*20 - 5)/3
# expect: volume 24870.9
# expect: faces 7
# expect: solids 1
# expect: bbox 30 30 30
# expect: valid
import cadquery as cq

# Parameters
side = 30.0
radius = 20.0

# Construction
result = cq.Workplane("XY").box(side, side, side) & cq.Workplane("XY").sphere(radius)
