# 062_three_spheres: three separate spheres from pushPoints (three solids)
# volume: 3*4/3*pi*10**3
# expect: volume 12566.4
# expect: faces 3
# expect: solids 3
# expect: bbox 80 20 20
import cadquery as cq

# Parameters
radius = 10.0
spacing = 30.0

# Construction
pts = [(i * spacing, 0) for i in range(3)]
result = cq.Workplane("XY").pushPoints(pts).sphere(radius)
