# 189_eachpoint_cylinders: four pins placed with eachpoint on construction-rectangle vertices
# volume: 4*pi*2**2*10
# expect: volume 502.655
# expect: faces 12
# expect: solids 4
# expect: bbox 34 34 10
import cadquery as cq

# Parameters
spacing = 30.0
pin_r = 2.0
pin_h = 10.0

# Construction
pin = cq.Solid.makeCylinder(pin_r, pin_h)
result = (
    cq.Workplane("XY")
    .rect(spacing, spacing, forConstruction=True)
    .vertices()
    .eachpoint(lambda loc: pin.moved(loc), True)
)
