# 323_nonconvex_profile_revolved: a non-convex funnel-wall outline revolved a full turn.
# Regression: it used to come out as an inside-out solid (volume -30508) that passed BRepCheck.
# Pappus: area 245.5 (shoelace) * 2*pi * centroid radius 19.778 = 30508.
# expect: volume 30508
# expect: faces 7
# expect: solids 1
# expect: valid
import cadquery as cq

outline = [(5, 0), (7, 0), (7, 30), (40, 60), (40, 65), (38, 65), (5, 32)]
result = cq.Workplane("XZ").polyline(outline).close().revolve(360, (0, 0, 0), (0, 1, 0))
