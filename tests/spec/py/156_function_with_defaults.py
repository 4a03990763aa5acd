# 156_function_with_defaults: standoffs from a function with default and keyword arguments
# volume: 60*60*5 + pi*4**2*10 + pi*4**2*15 + pi*6**2*10
# expect: volume 20387.6
# expect: faces 12
# expect: solids 1
# expect: bbox 60 60 20
# expect: valid
import cadquery as cq

# Parameters
base_size = 60.0
base_t = 5.0

# Construction
def standoff(x, y, height=10.0, radius=4.0):
    return cq.Workplane("XY").workplane(offset=base_t).center(x, y).circle(radius).extrude(height)

result = cq.Workplane("XY").box(base_size, base_size, base_t, centered=(True, True, False))
result = result.union(standoff(-20, -20))
result = result.union(standoff(20, -20, height=15.0))
result = result.union(standoff(0, 20, radius=6.0))
