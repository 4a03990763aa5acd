# 068_wedge_primitive: wedge primitive (prismatoid volume)
# volume: dy/6*(A_base + A_top + 4*A_mid) = 10/6*(20*20 + 10*10 + 4*15*15)
# expect: volume 2333.33
# expect: faces 6
# expect: solids 1
# expect: bbox 20 10 20
import cadquery as cq

# Parameters
dx, dy, dz = 20.0, 10.0, 20.0
xmin, zmin, xmax, zmax = 5.0, 5.0, 15.0, 15.0

# Construction
result = cq.Workplane("XY").wedge(dx, dy, dz, xmin, zmin, xmax, zmax)
