# 286_sphere_cut_by_cylinder: sphere with a cylindrical bore through its axis
# bbox z: the ring's height is 2*sqrt(R^2 - r^2) = 32
# volume: napkin ring: 4/3*pi*(R^2 - r^2)^(3/2) = 4/3*pi*(20**2 - 12**2)**1.5
# expect: volume 17157.3
# expect: faces 2
# expect: solids 1
# expect: bbox 40 40 32
import cadquery as cq

# Parameters
R = 20.0
r = 12.0

# Construction
ball = cq.Workplane("XY").sphere(R)
bore = cq.Workplane("XY").cylinder(2 * R + 10, r)
result = ball.cut(bore)
