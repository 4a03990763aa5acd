# 170_pillow_block: pillow block: base, upright with a bore along Y, two mounting holes
# volume: 80*30*10 + 40*30*40 - pi*10**2*30 - 2*pi*4**2*10
# expect: volume 61569.9
# expect: faces 13
# expect: solids 1
# expect: bbox 80 30 50
# expect: valid
import cadquery as cq

# Parameters
base_l, base_w, base_t = 80.0, 30.0, 10.0
up_w, up_h = 40.0, 40.0
bore_d = 20.0
bore_z = 25.0
mount_d = 8.0
mount_x = 30.0

# Construction
base = cq.Workplane("XY").box(base_l, base_w, base_t)
upright = cq.Workplane("XY").box(up_w, base_w, up_h).translate((0, 0, base_t / 2 + up_h / 2))
body = base.union(upright)
bore = cq.Workplane("XZ").center(0, bore_z).circle(bore_d / 2).extrude(base_w, both=True)
body = body.cut(bore)
result = body.faces("<Z").workplane().pushPoints([(-mount_x, 0), (mount_x, 0)]).hole(mount_d)
