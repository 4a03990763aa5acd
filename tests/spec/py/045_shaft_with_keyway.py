# 045_shaft_with_keyway: round shaft with a rectangular keyway cut by a box
# volume: cyl - key_len*integral_{-3}^{3}(sqrt(R^2-x^2) - 6.5)dx = pi*10**2*60 - 30*(3*sqrt(91) + 100*asin(0.3) - 6*6.5)
# expect: volume 18246.9
# expect: faces 8
# expect: solids 1
# expect: bbox 20 20 60
# expect: valid
import cadquery as cq

# Parameters
shaft_r = 10.0
shaft_len = 60.0
key_w = 6.0
key_depth = 3.5
key_len = 30.0
key_start = 20.0

# Construction
shaft = cq.Workplane("XY").circle(shaft_r).extrude(shaft_len)
key = (
    cq.Workplane("XY")
    .box(key_w, 10, key_len, centered=(True, False, False))
    .translate((0, shaft_r - key_depth, key_start))
)
result = shaft.cut(key)
