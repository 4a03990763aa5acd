# 004_disc_polar_holes: round disc with six holes on a polarArray
# volume: pi*R^2*T - n*pi*r^2*T = pi*50**2*10 - 6*pi*4**2*10
# expect: volume 75523.9
# expect: faces 9
# expect: solids 1
# expect: bbox 100 100 10
# expect: valid
import cadquery as cq

# Parameters
disc_d = 100.0
thickness = 10.0
bolt_circle_r = 35.0
n_holes = 6
hole_d = 8.0

# Construction
result = (
    cq.Workplane("XY")
    .circle(disc_d / 2)
    .extrude(thickness)
    .faces(">Z")
    .workplane()
    .polarArray(bolt_circle_r, 0, 360, n_holes)
    .hole(hole_d)
)
