# 027_l_profile_vertical_fillets: L profile with all six vertical edges filleted (5 convex, 1 concave)
# volume: A*h - 5 convex fillets + 1 concave fillet, each (1-pi/4)*r^2*h = 736*30 - 5*(1 - pi/4)*2**2*30 + 1*(1 - pi/4)*2**2*30
# expect: volume 21977
# expect: faces 14
# expect: solids 1
# expect: bbox 60 40 30
# expect: valid
import cadquery as cq

# Parameters
leg_x = 60.0
leg_y = 40.0
t = 8.0
depth = 30.0
r = 2.0

# Construction
pts = [(0, 0), (leg_x, 0), (leg_x, t), (t, t), (t, leg_y), (0, leg_y)]
result = cq.Workplane("XY").polyline(pts).close().extrude(depth).edges("|Z").fillet(r)
