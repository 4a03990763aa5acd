# 064_cube_minus_cylinder_operator: cube minus a centred cylinder with the '-' operator
# volume: 30**3 - pi*8**2*30
# expect: volume 20968.1
# expect: faces 7
# expect: solids 1
# expect: bbox 30 30 30
# expect: valid
import cadquery as cq

# Parameters
side = 30.0
hole_r = 8.0

# Construction
cube = cq.Workplane("XY").box(side, side, side)
rod = cq.Workplane("XY").cylinder(side + 10, hole_r)
result = cube - rod
