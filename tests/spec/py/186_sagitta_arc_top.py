# 186_sagitta_arc_top: plate whose top edge is an outward arc given by its sagitta
# sagittaArc: a negative sag turns the offset -90 deg from the chord direction (-X here), i.e. +Y: outward
# volume: (rect + circular segment, R=(c^2/4+s^2)/(2s)=42.5: R^2*acos((R-s)/R) - (R-s)*c/2)*t = (40*10 + (42.5**2*acos(37.5/42.5) - 37.5*20))*6
# expect: volume 3209.91
# expect: faces 6
# expect: solids 1
# expect: bbox 40 15 6
import cadquery as cq

# Parameters
width = 40.0
height = 10.0
sag = 5.0
thickness = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .moveTo(-width / 2, 0)
    .lineTo(width / 2, 0)
    .lineTo(width / 2, height)
    .sagittaArc((-width / 2, height), -sag)
    .close()
    .extrude(thickness)
)
