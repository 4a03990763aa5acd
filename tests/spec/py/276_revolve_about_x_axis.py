# 276_revolve_about_x_axis: profile revolved about the workplane X axis (axisEnd=(1,0))
# volume: cone frustum along X = pi*30/3*(5**2 + 5*10 + 10**2)
# expect: volume 5497.79
# expect: faces 3
# expect: solids 1
# expect: bbox 30 20 20
import cadquery as cq

# Parameters
length = 30.0
r_small = 5.0
r_big = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .polyline([(0, 0), (length, 0), (length, r_small), (0, r_big)])
    .close()
    .revolve(360, (0, 0, 0), (1, 0, 0))
)
