# 139_polar_line_triangle: equilateral triangle drawn with polarLine and extruded
# volume: sqrt(3)/4*30**2*5
# expect: volume 1948.56
# expect: faces 5
# expect: solids 1
# expect: bbox 30 25.9808 5
import cadquery as cq

# Parameters
side = 30.0
thickness = 5.0

# Construction
result = (
    cq.Workplane("XY")
    .polarLine(side, 0)
    .polarLine(side, 120)
    .close()
    .extrude(thickness)
)
