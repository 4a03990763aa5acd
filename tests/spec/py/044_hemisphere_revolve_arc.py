# 044_hemisphere_revolve_arc: hemisphere: quarter-disc profile with threePointArc revolved
# volume: 2/3*pi*25**3
# expect: volume 32724.9
# expect: faces 2
# expect: solids 1
# expect: bbox 50 50 25
import cadquery as cq
import math

# Parameters
radius = 25.0

# Construction
mid = (radius * math.cos(math.radians(45)), radius * math.sin(math.radians(45)))
result = (
    cq.Workplane("XZ")
    .moveTo(0, 0)
    .lineTo(radius, 0)
    .threePointArc(mid, (0, radius))
    .close()
    .revolve()
)
