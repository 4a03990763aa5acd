# 304_offset2d_hexagon_intersection: hexagon grown by offset2D(kind='intersection') keeps sharp corners
# volume: hexagon with apothem a' = R*cos30 + d: area 2*sqrt3*a'^2, times t = 2*sqrt(3)*(10*sqrt(3)/2 + 2)**2*5
# expect: volume 1968.32
# expect: faces 8
# expect: solids 1
# expect: bbox 24.6188 21.3205 5
# expect: valid
import cadquery as cq

# Parameters
diameter = 20.0
grow = 2.0
thickness = 5.0

# Construction
result = cq.Workplane("XY").polygon(6, diameter).offset2D(grow, kind="intersection").extrude(thickness)
