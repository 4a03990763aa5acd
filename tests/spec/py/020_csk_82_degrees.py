# 020_csk_82_degrees: plate with one countersunk hole at the common 82 degree angle
# volume: plate - cyl - (frustum R=5->r=2.5 over hc=(R-r)/tan(41deg) - cyl over hc) = 50*50*10 - pi*2.5**2*10 - (pi*(2.5/tan(radians(41)))/3*(5**2 + 5*2.5 + 2.5**2) - pi*2.5**2*(2.5/tan(radians(41))))
# expect: volume 24728.4
# expect: faces 8
# expect: solids 1
# expect: bbox 50 50 10
# expect: valid
import cadquery as cq

# Parameters
size = 50.0
thickness = 10.0
hole_d = 5.0
csk_d = 10.0
csk_angle = 82.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .faces(">Z")
    .workplane()
    .cskHole(hole_d, csk_d, csk_angle)
)
