# 316_hole_edge_fillet: through hole whose top edge is filleted (Pappus on the spandrel)
# volume: cube - hole - 2*pi*(R_hole + xbar)*(1-pi/4)r^2 (the spandrel lies outside the hole radius) = 20**3 - pi*4**2*20 - 2*pi*(4 + 1*(10 - 3*pi)/(12 - 3*pi))*(1 - pi/4)*1**2
# expect: volume 6989
# expect: faces 8
# expect: solids 1
# expect: bbox 20 20 20
# expect: valid
import cadquery as cq

# Parameters
side = 20.0
hole_d = 8.0
r = 1.0

# Construction
body = cq.Workplane("XY").box(side, side, side).faces(">Z").workplane().hole(hole_d)
result = body.faces("%CYLINDER").edges(">Z").fillet(r)
