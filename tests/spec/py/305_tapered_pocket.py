# 305_tapered_pocket: square pocket cut with a 10 degree draft (cutBlind taper)
# volume: block - frustum (top a, bottom a - 2*d*tan(draft)) = 40*40*10 - 5/3*(20**2 + (20 - 2*5*tan(radians(10)))**2 + 20*(20 - 2*5*tan(radians(10))))
# expect: volume 14171.1
# expect: faces 11
# expect: solids 1
# expect: bbox 40 40 10
# expect: valid
import cadquery as cq
import math

# Parameters
size = 40.0
height = 10.0
pocket = 20.0
depth = 5.0
draft = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, height)
    .faces(">Z")
    .workplane()
    .rect(pocket, pocket)
    .cutBlind(-depth, taper=draft)
)
