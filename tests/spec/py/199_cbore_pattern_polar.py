# 199_cbore_pattern_polar: round cover with six counterbored holes on a polar pattern
# volume: pi*40**2*10 - 6*(pi*2.5**2*10 + pi*(4.5**2 - 2.5**2)*4)
# expect: volume 48031.8
# expect: faces 21
# expect: solids 1
# expect: bbox 80 80 10
# expect: valid
import cadquery as cq

# Parameters
radius = 40.0
thickness = 10.0
pcd_r = 30.0
n = 6
hole_d = 5.0
cbore_d = 9.0
cbore_depth = 4.0

# Construction
result = (
    cq.Workplane("XY")
    .circle(radius)
    .extrude(thickness)
    .faces(">Z")
    .workplane()
    .polarArray(pcd_r, 0, 360, n)
    .cboreHole(hole_d, cbore_d, cbore_depth)
)
