# 160_min_max_sum_builtins: plate sized from builtins over a list of parts
# volume: (12 + 8 + 20 + 5*4)*30*3
# expect: volume 5400
# expect: faces 6
# expect: solids 1
# expect: bbox 60 30 3
import cadquery as cq

# Parameters
part_widths = [12.0, 8.0, 20.0]
gap = 5.0
depth = 30.0
thickness = 3.0

# Construction
total = sum(part_widths) + gap * (len(part_widths) + 1)
tallest = max(part_widths)
smallest = min(part_widths)
result = cq.Workplane("XY").box(total, depth, thickness + abs(smallest - tallest) * 0)
