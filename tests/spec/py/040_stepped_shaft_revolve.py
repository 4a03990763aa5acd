# 040_stepped_shaft_revolve: stepped shaft: half profile on XZ revolved about the Z axis
# volume: sum pi*r_i^2*l_i = pi*(10**2*30 + 7.5**2*30 + 5**2*20)
# expect: volume 16297
# expect: faces 7
# expect: solids 1
# expect: bbox 20 20 80
# expect: valid
import cadquery as cq

# Parameters
r1, l1 = 10.0, 30.0
r2, l2 = 7.5, 30.0
r3, l3 = 5.0, 20.0

# Construction
z1 = l1
z2 = l1 + l2
z3 = l1 + l2 + l3
profile = [(0, 0), (r1, 0), (r1, z1), (r2, z1), (r2, z2), (r3, z2), (r3, z3), (0, z3)]
result = cq.Workplane("XZ").polyline(profile).close().revolve()
