# 190_location_moved_copy: a Solid and a copy moved by cq.Location, combined
# volume: 2*10**3
# expect: volume 2000
# expect: faces 12
# expect: solids 2
# expect: bbox 30 10 10
import cadquery as cq

# Parameters
side = 10.0
shift = 20.0

# Construction
b = cq.Solid.makeBox(side, side, side)
copy = b.moved(cq.Location(cq.Vector(shift, 0, 0)))
result = cq.Workplane("XY").add([b, copy]).combine()
