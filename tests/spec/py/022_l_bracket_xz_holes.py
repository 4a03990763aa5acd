# 022_l_bracket_xz_holes: L bracket drawn on XZ with two holes in the horizontal leg
# volume: (60*6 + 6*(50 - 6))*40 - 2*pi*3**2*6
# expect: volume 24620.7
# expect: faces 10
# expect: solids 1
# expect: bbox 60 40 50
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
height = 50.0
t = 6.0
width = 40.0
hole_d = 6.0

# Construction
pts = [(0, 0), (length, 0), (length, t), (t, t), (t, height), (0, height)]
bracket = cq.Workplane("XZ").polyline(pts).close().extrude(width)
result = (
    bracket.faces("<Z")
    .workplane(centerOption="CenterOfBoundBox")
    .pushPoints([(8, -10), (8, 10)])
    .hole(hole_d)
)
