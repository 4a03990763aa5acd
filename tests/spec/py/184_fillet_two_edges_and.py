# 184_fillet_two_edges_and: fillet the two vertical edges on the +X side ('|Z and >X')
# volume: 40*30*20 - 2*(1 - pi/4)*5**2*20
# expect: volume 23785.4
# expect: faces 8
# expect: solids 1
# expect: bbox 40 30 20
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
width = 30.0
height = 20.0
r = 5.0

# Construction
result = cq.Workplane("XY").box(length, width, height).edges("|Z and >X").fillet(r)
