# 187_hline_to_vline_to: L plate drawn with absolute hLineTo/vLineTo
# volume: (30*10 + 10*15)*5
# expect: volume 2250
# expect: faces 8
# expect: solids 1
# expect: bbox 30 25 5
# expect: valid
import cadquery as cq

# Parameters
thickness = 5.0

# Construction
result = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .hLineTo(30)
    .vLineTo(10)
    .hLineTo(10)
    .vLineTo(25)
    .hLineTo(0)
    .close()
    .extrude(thickness)
)
