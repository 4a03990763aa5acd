# 176_hinge_leaf: hinge leaf: plate plus knuckle cylinder along X with a pin hole
# volume: plate + knuckle - overlap (L*int_{-1.5}^{1.5} sqrt(16-t^2) dt) - pin = 40*30*3 + pi*4**2*40 - 40*(1.5*sqrt(4**2 - 1.5**2) + 4**2*asin(1.5/4)) - pi*1.5**2*40
# expect: volume 4859.38
# expect: faces 7
# expect: solids 1
# expect: bbox 40 34 8
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
width = 30.0
t = 3.0
knuckle_r = 4.0
pin_r = 1.5

# Construction
plate = cq.Workplane("XY").box(length, width, t, centered=False)
knuckle = cq.Workplane("YZ").center(0, t / 2).circle(knuckle_r).extrude(length)
pin = cq.Workplane("YZ").center(0, t / 2).circle(pin_r).extrude(length)
result = plate.union(knuckle).cut(pin)
