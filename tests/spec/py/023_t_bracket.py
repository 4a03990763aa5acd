# 023_t_bracket: T-shaped profile extruded
# volume: (60*6 + 8*(40 - 6))*25
# expect: volume 15800
# expect: faces 10
# expect: solids 1
# expect: bbox 60 40 25
# expect: valid
import cadquery as cq

# Parameters
flange_w = 60.0
flange_t = 6.0
web_t = 8.0
height = 40.0
depth = 25.0

# Construction
hw = web_t / 2
hf = flange_w / 2
pts = [
    (-hf, 0), (hf, 0), (hf, flange_t), (hw, flange_t),
    (hw, height), (-hw, height), (-hw, flange_t), (-hf, flange_t),
]
result = cq.Workplane("XY").polyline(pts).close().extrude(depth)
