# 175_knurled_knob: knob: cylinder with 12 half-round grooves cut around its rim
# volume: cyl - n*h*lens(R=20, r=2, d=20) (circle-circle intersection area) = pi*20**2*15 - 12*15*(2**2*acos((20**2 + 2**2 - 20**2)/(2*20*2)) + 20**2*acos((20**2 + 20**2 - 2**2)/(2*20*20)) - 0.5*sqrt((-20 + 2 + 20)*(20 + 2 - 20)*(20 - 2 + 20)*(20 + 2 + 20)))
# expect: volume 17742.6
# expect: faces 26
# expect: solids 1
# expect: valid
import cadquery as cq

# Parameters
knob_r = 20.0
height = 15.0
n_grooves = 12
groove_r = 2.0

# Construction
result = (
    cq.Workplane("XY")
    .circle(knob_r)
    .extrude(height)
    .faces(">Z")
    .workplane()
    .polarArray(knob_r, 0, 360, n_grooves)
    .circle(groove_r)
    .cutThruAll()
)
