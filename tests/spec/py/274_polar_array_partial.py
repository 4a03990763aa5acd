# 274_polar_array_partial: four holes spread over 90 degrees (polarArray with a partial angle)
# a partial angle with fill=True spaces the 4 holes angle/(count-1) = 30 deg apart
# volume: pi*40**2*6 - 4*pi*3**2*6
# expect: volume 29480.7
# expect: faces 7
# expect: solids 1
# expect: bbox 80 80 6
# expect: valid
import cadquery as cq

# Parameters
radius = 40.0
thickness = 6.0
pcd_r = 30.0
hole_d = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .circle(radius)
    .extrude(thickness)
    .faces(">Z")
    .workplane()
    .polarArray(pcd_r, 0, 90, 4)
    .hole(hole_d)
)
