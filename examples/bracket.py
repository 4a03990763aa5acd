# An L-bracket with two mounting holes and a filleted inner corner, written the way
# image-to-CAD models write CadQuery: named parameters first, then construction.
import cadquery as cq

# Parameters
length = 60.0      # along X
width = 30.0       # along Y
thickness = 5.0
height = 40.0      # the upright leg
hole_d = 6.0
fillet_r = 4.0

# Construction: the L profile in the XZ plane, extruded along Y
profile = (
    cq.Workplane("XZ")
    .polyline([(0, 0), (length, 0), (length, thickness), (thickness, thickness),
               (thickness, height), (0, height)])
    .close()
    .extrude(-width)
)
# Round the inside corner of the L
bracket = profile.edges("|Y").edges(cq.selectors.NearestToPointSelector((thickness, width / 2, thickness))).fillet(fillet_r)
# Two holes through the base
result = (
    bracket.faces("<Z").workplane(centerOption="CenterOfBoundBox")
    .rarray(length / 2, 1, 2, 1)
    .hole(hole_d)
)
