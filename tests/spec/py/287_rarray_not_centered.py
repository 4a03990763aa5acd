# 287_rarray_not_centered: rarray(center=False) starts the grid at the workplane origin
# volume: 6*4**3
# expect: volume 384
# expect: faces 36
# expect: solids 6
# expect: bbox 24 14 4
import cadquery as cq

# Parameters
pitch = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .rarray(pitch, pitch, 3, 2, center=False)
    .box(4, 4, 4)
)
