# 001_plate_four_corner_holes: plate with four holes on the vertices of a construction rectangle
# volume: L*W*T - 4*pi*(d/2)^2*T = 80*60*10 - 4*pi*4**2*10
# expect: volume 45989.4
# expect: faces 10
# expect: solids 1
# expect: bbox 80 60 10
# expect: valid
import cadquery as cq

# Parameters
length = 80.0
width = 60.0
thickness = 10.0
hole_d = 8.0
hole_spacing_x = 60.0
hole_spacing_y = 40.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, thickness)
    .faces(">Z")
    .workplane()
    .rect(hole_spacing_x, hole_spacing_y, forConstruction=True)
    .vertices()
    .hole(hole_d)
)
