# 043_partial_revolve_270: rectangle revolved through 270 degrees
# volume: 270/360*pi*(20**2 - 10**2)*15
# expect: volume 10602.9
# expect: faces 6
# expect: solids 1
# expect: bbox 40 40 15
import cadquery as cq

# Parameters
r_in = 10.0
r_out = 20.0
height = 15.0
angle = 270

# Construction
result = (
    cq.Workplane("XZ")
    .polyline([(r_in, 0), (r_out, 0), (r_out, height), (r_in, height)])
    .close()
    .revolve(angle)
)
