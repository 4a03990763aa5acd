# 122_sketch_regular_polygon: Sketch regularPolygon (circumradius, sides) extruded
# Sketch.regularPolygon puts its first vertex on +Y: y extent 2r, x extent 2r*cos(30deg)
# volume: 3*sqrt(3)/2*20**2*15
# expect: volume 15588.5
# expect: faces 8
# expect: solids 1
# expect: bbox 34.641 40 15
# expect: valid
import cadquery as cq

# Parameters
r = 20.0
n = 6
thickness = 15.0

# Construction
s = cq.Sketch().regularPolygon(r, n)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
