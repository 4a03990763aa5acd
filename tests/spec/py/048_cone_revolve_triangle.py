# 048_cone_revolve_triangle: solid cone revolved from a triangle
# volume: pi*15**2*40/3
# expect: volume 9424.78
# expect: faces 2
# expect: solids 1
# expect: bbox 30 30 40
import cadquery as cq

# Parameters
base_r = 15.0
height = 40.0

# Construction
result = cq.Workplane("XZ").polyline([(0, 0), (base_r, 0), (0, height)]).close().revolve()
