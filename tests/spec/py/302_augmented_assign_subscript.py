# 302_augmented_assign_subscript: dimensions tuned with augmented assignment on list items and dict values
# volume: 30*20*6
# expect: volume 3600
# expect: faces 6
# expect: solids 1
# expect: bbox 30 20 6
import cadquery as cq

# Parameters
dims = [10.0, 10.0, 10.0]
extra = {"x": 5.0}

# Construction
dims[0] += 20
dims[1] *= 2
dims[-1] -= 4
extra["x"] **= 2
result = cq.Workplane("XY").box(dims[0] + extra["x"] - 25, dims[1], dims[2])
