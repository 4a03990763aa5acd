# 014_perforated_plate: thin plate perforated by a 7x7 rarray of holes
# volume: 90*90*3 - 49*pi*2**2*3
# expect: volume 22452.7
# expect: faces 55
# expect: solids 1
# expect: bbox 90 90 3
# expect: valid
import cadquery as cq

# Parameters
size = 90.0
thickness = 3.0
pitch = 10.0
n = 7
hole_d = 4.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .faces(">Z")
    .workplane()
    .rarray(pitch, pitch, n, n)
    .hole(hole_d)
)
