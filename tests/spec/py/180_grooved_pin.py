# 180_grooved_pin: pin with a retaining-ring groove and a top chamfer, revolved
# volume: pi*5**2*40 - pi*(5**2 - 4**2)*2 - 2*pi*(5 - 1/3)*0.5
# expect: volume 3070.38
# expect: faces 8
# expect: solids 1
# expect: bbox 10 10 40
# expect: valid
import cadquery as cq

# Parameters
r = 5.0
length = 40.0
groove_r = 4.0
groove_z = 30.0
groove_w = 2.0
c = 1.0

# Construction
pts = [
    (0, 0), (r, 0), (r, groove_z), (groove_r, groove_z), (groove_r, groove_z + groove_w),
    (r, groove_z + groove_w), (r, length - c), (r - c, length), (0, length),
]
result = cq.Workplane("XZ").polyline(pts).close().revolve()
