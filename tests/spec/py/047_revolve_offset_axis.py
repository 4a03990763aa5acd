# 047_revolve_offset_axis: ring: rectangle revolved about an offset axis given by axisStart/axisEnd
# volume: pi*(r_out^2 - r_in^2)*h, r_in=5, r_out=15 = pi*(15**2 - 5**2)*20
# expect: volume 12566.4
# expect: faces 4
# expect: solids 1
# expect: bbox 30 20 30
import cadquery as cq

# Parameters
w = 10.0
h = 20.0
axis_x = -5.0

# Construction
result = (
    cq.Workplane("XY")
    .rect(w, h, centered=False)
    .revolve(360, (axis_x, 0, 0), (axis_x, 1, 0))
)
