# 171_heat_sink: heat sink: base plate with six full-length fins from rarray
# volume: 60*40*5 + 6*2*40*20
# expect: volume 21600
# expect: faces 30
# expect: solids 1
# expect: bbox 60 40 25
# expect: valid
import cadquery as cq

# Parameters
base_l, base_w, base_t = 60.0, 40.0, 5.0
fin_t = 2.0
fin_h = 20.0
fin_pitch = 10.0
n_fins = 6

# Construction
result = (
    cq.Workplane("XY")
    .box(base_l, base_w, base_t)
    .faces(">Z")
    .workplane()
    .rarray(fin_pitch, 1, n_fins, 1)
    .rect(fin_t, base_w)
    .extrude(fin_h)
)
