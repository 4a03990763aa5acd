# 058_cube_intersect_sphere: cube intersected with a sphere (rounded die blank)
# volume: 4/3*pi*25**3 - 6*pi*5**2*(3*25 - 5)/3
# expect: volume 54454.3
# expect: faces 7
# expect: solids 1
# expect: bbox 40 40 40
# expect: valid
import cadquery as cq

# Parameters
side = 40.0
sphere_r = 25.0

# Construction
cube = cq.Workplane("XY").box(side, side, side)
result = cube.intersect(cq.Workplane("XY").sphere(sphere_r))
