# 307_ellipse_arc_half: half ellipse from ellipseArc(0..180) closed by a line
# volume: pi*20*10/2*5
# expect: volume 1570.8
# expect: faces 4
# expect: solids 1
# expect: bbox 40 10 5
import cadquery as cq

# Parameters
a = 20.0
b = 10.0
thickness = 5.0

# Construction
result = cq.Workplane("XY").ellipseArc(a, b, 0, 180).close().extrude(thickness)
