# 312_sketch_vertex_chamfer: Sketch rectangle with chamfered corners
# volume: (20*10 - 4*2**2/2)*3
# expect: volume 576
# expect: faces 10
# expect: solids 1
# expect: bbox 20 10 3
# expect: valid
import cadquery as cq

# Parameters
w, h = 20.0, 10.0
c = 2.0
thickness = 3.0

# Construction
s = cq.Sketch().rect(w, h).vertices().chamfer(c)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
