# 129_sketch_extrude_on_box: Sketch hexagon boss placed on the top face of a block
# volume: 50*50*10 + 3*sqrt(3)/2*12**2*6
# expect: volume 27244.7
# expect: faces 13
# expect: solids 1
# expect: bbox 50 50 16
# expect: valid
import cadquery as cq

# Parameters
size = 50.0
height = 10.0
hex_r = 12.0
boss_h = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, height)
    .faces(">Z")
    .workplane()
    .placeSketch(cq.Sketch().regularPolygon(hex_r, 6))
    .extrude(boss_h)
)
