# 278_slicing_and_steps: every other point of a list (slice with step) gets a hole
# volume: 80*20*4 - 4*pi*2**2*4
# expect: volume 6198.94
# expect: faces 10
# expect: solids 1
# expect: bbox 80 20 4
# expect: valid
import cadquery as cq

# Parameters
pitch = 10.0
count = 7
plate = (80.0, 20.0, 4.0)
hole_d = 4.0

# Construction
xs = [(i - (count - 1) / 2) * pitch for i in range(count)]
chosen = xs[::2]
result = cq.Workplane("XY").box(*plate).faces(">Z").workplane().pushPoints([(x, 0) for x in chosen]).hole(hole_d)
