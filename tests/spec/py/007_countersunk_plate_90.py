# 007_countersunk_plate_90: strip with three 90-degree countersunk holes
# volume: plate - 3*(hole cyl + frustum R=6->r=3 over depth (R-r)/tan45=3 - cyl over that depth) = 100*40*10 - 3*(pi*3**2*10 + pi*3/3*(6**2 + 6*3 + 3**2) - pi*3**2*3)
# expect: volume 38812.5
# expect: faces 12
# expect: solids 1
# expect: bbox 100 40 10
# expect: valid
import cadquery as cq

# Parameters
length = 100.0
width = 40.0
thickness = 10.0
hole_d = 6.0
csk_d = 12.0
csk_angle = 90
xs = [-30, 0, 30]

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, thickness)
    .faces(">Z")
    .workplane()
    .pushPoints([(x, 0) for x in xs])
    .cskHole(hole_d, csk_d, csk_angle)
)
