# 322_nonconvex_outline_xz_clockwise: an L outline traced clockwise on the XZ plane, extruded.
# Regression: the face builder used to let ShapeFix_Face turn such outlines inside out
# (geom.construction_failed). Area = 5*40 + 55*5 = 475, times 10 deep.
# expect: volume 4750
# expect: faces 8
# expect: solids 1
# expect: valid
import cadquery as cq

result = cq.Workplane("XZ").polyline([(0, 40), (5, 40), (5, 5), (60, 5), (60, 0), (0, 0)]).close().extrude(10)
