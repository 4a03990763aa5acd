# 091_rotated_copies_polar: four ribs rotated about Z in a loop and unioned to a hub
# volume: hub + 4*h*(rib rect x5..35 - part of rect inside hub: int_{-2}^{2}(sqrt(r^2-y^2)-5)dy) = pi*10**2*10 + 4*10*(4*(35 - 5) - (10**2*asin(2/10) + 2*sqrt(10**2 - 2**2) - 4*5))
# expect: volume 7152.32
# expect: faces 18
# expect: solids 1
# expect: bbox 70 70 10
# expect: valid
import cadquery as cq

# Parameters
hub_r = 10.0
height = 10.0
rib_len = 30.0
rib_t = 4.0

# Construction
hub = cq.Workplane("XY").circle(hub_r).extrude(height)
rib = cq.Workplane("XY").center(rib_len / 2 + 5, 0).rect(rib_len, rib_t).extrude(height)
result = hub
for k in range(4):
    result = result.union(rib.rotate((0, 0, 0), (0, 0, 1), 90 * k))
