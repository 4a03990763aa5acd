# 279_map_filter_lambda: hole positions transformed with map/filter and lambdas
# volume: 80*30*5 - 4*pi*2.5**2*5
# expect: volume 11607.3
# expect: faces 10
# expect: solids 1
# expect: bbox 80 30 5
# expect: valid
import cadquery as cq

# Parameters
raw = [(-30, 0), (-15, 0), (0, 0), (15, 0), (30, 0)]
plate = (80.0, 30.0, 5.0)

# Construction
shifted = list(map(lambda p: (p[0], p[1] + 5), raw))
kept = list(filter(lambda p: abs(p[0]) > 10, shifted))
result = cq.Workplane("XY").box(*plate).faces(">Z").workplane().pushPoints(kept).hole(5)
