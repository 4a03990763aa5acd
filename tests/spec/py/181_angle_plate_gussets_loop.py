# 181_angle_plate_gussets_loop: angle plate: two boxes and two triangular gussets from a loop
# volume: 40*40*5 + 5*40*35 + 2*0.5*20*20*4
# expect: volume 16600
# expect: faces 14
# expect: solids 1
# expect: bbox 40 40 40
# expect: valid
import cadquery as cq

# Parameters
w = 40.0
t = 5.0
leg = 40.0
g = 20.0
gusset_t = 4.0

# Construction
base = cq.Workplane("XY").box(leg, w, t, centered=(False, True, False))
wall = cq.Workplane("XY").box(t, w, leg, centered=(False, True, False))
body = base.union(wall)
for y in (-w / 2 + gusset_t / 2 + 2, w / 2 - gusset_t / 2 - 2):
    gusset = (
        cq.Workplane("XZ", origin=(0, y, 0))
        .polyline([(t, t), (t + g, t), (t, t + g)])
        .close()
        .extrude(gusset_t / 2, both=True)
    )
    body = body.union(gusset)
result = body
