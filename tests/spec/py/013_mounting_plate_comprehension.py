# 013_mounting_plate_comprehension: plate with corner holes from a comprehension and a centre hole
# volume: 100*70*5 - 4*pi*2.5**2*5 - pi*10**2*5
# expect: volume 33036.5
# expect: faces 11
# expect: solids 1
# expect: bbox 100 70 5
# expect: valid
import cadquery as cq

# Parameters
length = 100.0
width = 70.0
thickness = 5.0
dx = 40.0
dy = 25.0
small_d = 5.0
center_d = 20.0

# Construction
corners = [(x, y) for x in (-dx, dx) for y in (-dy, dy)]
plate = cq.Workplane("XY").box(length, width, thickness)
plate = plate.faces(">Z").workplane().pushPoints(corners).hole(small_d)
result = plate.faces(">Z").workplane().hole(center_d)
