# 005_flange_bolt_circle_hub: flange disc with 8 bolt holes, a hub on top and a through bore
# volume: flange - bolts + hub - bore(through 32) = pi*60**2*12 - 8*pi*5**2*12 + pi*25**2*20 - pi*15**2*32
# expect: volume 144827
# expect: faces 14
# expect: solids 1
# expect: bbox 120 120 32
# expect: valid
import cadquery as cq

# Parameters
flange_d = 120.0
flange_t = 12.0
hub_d = 50.0
hub_h = 20.0
bore_d = 30.0
pcd = 90.0
n_bolts = 8
bolt_d = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .circle(flange_d / 2)
    .extrude(flange_t)
    .faces(">Z")
    .workplane()
    .polarArray(pcd / 2, 0, 360, n_bolts)
    .hole(bolt_d)
    .faces(">Z")
    .workplane()
    .circle(hub_d / 2)
    .extrude(hub_h)
    .faces(">Z")
    .workplane()
    .hole(bore_d)
)
