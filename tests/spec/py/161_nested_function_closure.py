# 161_nested_function_closure: closure returning a configured hole pattern
# volume: 60*20*5 - 4*pi*2**2*5
# expect: volume 5748.67
# expect: faces 10
# expect: solids 1
# expect: bbox 60 20 5
# expect: valid
import cadquery as cq

# Parameters
pitch = 12.0
count = 4
plate = (60.0, 20.0, 5.0)
hole_d = 4.0

# Construction
def make_pattern(p, n):
    def points():
        offset = (n - 1) * p / 2
        return [(i * p - offset, 0) for i in range(n)]
    return points

pattern = make_pattern(pitch, count)
result = cq.Workplane("XY").box(*plate).faces(">Z").workplane().pushPoints(pattern()).hole(hole_d)
