# 150_ribbed_plate_helper: base plate with three ribs made by a helper function
# volume: 100*60*5 + 3*4*60*20
# expect: volume 44400
# expect: faces 18
# expect: solids 1
# expect: bbox 100 60 25
# expect: valid
import cadquery as cq

# Parameters
plate_l = 100.0
plate_w = 60.0
plate_t = 5.0
rib_t = 4.0
rib_h = 20.0
rib_xs = [-40.0, 0.0, 40.0]

# Construction
def make_rib(x):
    return (
        cq.Workplane("XY")
        .box(rib_t, plate_w, rib_h, centered=(True, True, False))
        .translate((x, 0, plate_t))
    )

result = cq.Workplane("XY").box(plate_l, plate_w, plate_t, centered=(True, True, False))
for x in rib_xs:
    result = result.union(make_rib(x))
