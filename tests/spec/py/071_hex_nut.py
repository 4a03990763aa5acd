# 071_hex_nut: hex nut: polygon prism with a through hole
# Workplane.polygon puts its first vertex on +X: x extent = diameter, y extent = diameter*sin(60deg)
# volume: (3*sqrt(3)/2*10**2 - pi*5**2)*8
# expect: volume 1450.14
# expect: faces 9
# expect: solids 1
# expect: bbox 20 17.3205 8
# expect: valid
import cadquery as cq

# Parameters
across_corners = 20.0
thickness = 8.0
hole_d = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .polygon(6, across_corners)
    .extrude(thickness)
    .faces(">Z")
    .workplane()
    .hole(hole_d)
)
