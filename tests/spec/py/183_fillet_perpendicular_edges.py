# 183_fillet_perpendicular_edges: block with the 8 horizontal edges ('#Z') filleted
# volume: block - 2 outlines*((1-pi/4)*r^2*perimeter - 4 mitred corner overlaps r^3*(5/3 - pi/2)) = 60*40*20 - 2*((1 - pi/4)*2**2*2*(60 + 40) - 4*2**3*(5/3 - pi/2))
# expect: volume 47662.8 ±1%
# expect: faces 14
# expect: solids 1
# expect: bbox 60 40 20
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
width = 40.0
height = 20.0
r = 2.0

# Construction
result = cq.Workplane("XY").box(length, width, height).edges("#Z").fillet(r)
