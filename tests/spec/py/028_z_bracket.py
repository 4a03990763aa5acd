# 028_z_bracket: Z-shaped bracket profile with hLine/vLine
# volume: (bottom flange + web (rise - t) + top flange)*width; profile x 0..55, y 0..45 = (30*5 + 5*(40 - 5) + 30*5)*20
# expect: volume 9500
# expect: faces 10
# expect: solids 1
# expect: bbox 55 45 20
# expect: valid
import cadquery as cq

# Parameters
t = 5.0
top_len = 30.0
bottom_len = 30.0
rise = 40.0
width = 20.0

# Construction
result = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .hLine(bottom_len)
    .vLine(rise)
    .hLine(top_len - t)
    .vLine(t)
    .hLine(-top_len)
    .vLine(-rise)
    .hLine(-(bottom_len - t))
    .close()
    .extrude(width)
)
