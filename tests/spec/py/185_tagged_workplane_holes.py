# 185_tagged_workplane_holes: holes drilled from a tagged top-face workplane after adding a boss
# volume: 50*50*10 + pi*8**2*10 - 4*pi*2**2*10
# expect: volume 26508
# expect: faces 12
# expect: solids 1
# expect: bbox 50 50 20
# expect: valid
import cadquery as cq

# Parameters
size = 50.0
thickness = 10.0
boss_r = 8.0
boss_h = 10.0
hole_d = 4.0
pattern = 36.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .faces(">Z")
    .workplane()
    .tag("top")
    .circle(boss_r)
    .extrude(boss_h)
    .workplaneFromTagged("top")
    .rect(pattern, pattern, forConstruction=True)
    .vertices()
    .hole(hole_d)
)
