# 134_d_profile_three_point_arc: D-shaped plate: line plus threePointArc
# volume: pi*20**2/2*10
# expect: volume 6283.19
# expect: faces 4
# expect: solids 1
# expect: bbox 40 20 10
import cadquery as cq

# Parameters
r = 20.0
thickness = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .moveTo(-r, 0)
    .lineTo(r, 0)
    .threePointArc((0, r), (-r, 0))
    .close()
    .extrude(thickness)
)
