# 309_extrude_combine_subtract: holes made by a negative extrude with combine='s'
# volume: 40*20*10 - 2*pi*3**2*10
# expect: volume 7434.51
# expect: faces 8
# expect: solids 1
# expect: bbox 40 20 10
# expect: valid
import cadquery as cq

# Parameters
block = (40.0, 20.0, 10.0)
r = 3.0

# Construction
result = (
    cq.Workplane("XY")
    .box(*block)
    .faces(">Z")
    .workplane()
    .rarray(20, 1, 2, 1)
    .circle(r)
    .extrude(-15, combine="s")
)
