# 100_sweep_straight_handle: straight sweep of a circle equals a cylinder
# volume: pi*3**2*50
# expect: volume 1413.72
# expect: faces 3
# expect: solids 1
# expect: bbox 6 6 50
import cadquery as cq

# Parameters
r = 3.0
length = 50.0

# Construction
path = cq.Workplane("XZ").polyline([(0, 0), (0, length)])
result = cq.Workplane("XY").circle(r).sweep(path)
