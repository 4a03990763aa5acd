# 006_counterbored_plate: square plate with four counterbored holes
# volume: plate - 4*(pi*r^2*T + pi*(R^2-r^2)*cbore_depth) = 80*80*15 - 4*(pi*3**2*15 + pi*(6**2 - 3**2)*5)
# expect: volume 92607.1
# expect: faces 18
# expect: solids 1
# expect: bbox 80 80 15
# expect: valid
import cadquery as cq

# Parameters
size = 80.0
thickness = 15.0
spacing = 55.0
hole_d = 6.0
cbore_d = 12.0
cbore_depth = 5.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .faces(">Z")
    .workplane()
    .rect(spacing, spacing, forConstruction=True)
    .vertices()
    .cboreHole(hole_d, cbore_d, cbore_depth)
)
