# 057_cube_minus_sphere: cube with a larger concentric sphere cut out (sphere breaks all 6 faces)
# volume: cube - (ball - 6 caps of height h=R-side/2=5: pi*h^2*(3R-h)/3) = 40**3 - (4/3*pi*25**3 - 6*pi*5**2*(3*25 - 5)/3)
# expect: volume 9545.73
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
ball = cq.Workplane("XY").sphere(sphere_r)
result = cube.cut(ball)
