# 174_pipe_flange_revolve: welding-neck style flange revolved, bolt holes drilled from the bottom
# volume: pi*(50**2 - 20**2)*10 + pi*(26**2 - 20**2)*30 - 6*pi*4**2*10
# expect: volume 88969.9
# expect: faces 12
# expect: solids 1
# expect: bbox 100 100 40
# expect: valid
import cadquery as cq

# Parameters
bore_r = 20.0
flange_r = 50.0
flange_t = 10.0
neck_r = 26.0
neck_top = 40.0
n_bolts = 6
bolt_r = 40.0
bolt_d = 8.0

# Construction
section = [
    (bore_r, 0), (flange_r, 0), (flange_r, flange_t),
    (neck_r, flange_t), (neck_r, neck_top), (bore_r, neck_top),
]
flange = cq.Workplane("XZ").polyline(section).close().revolve()
result = flange.faces("<Z").workplane().polarArray(bolt_r, 0, 360, n_bolts).hole(bolt_d)
