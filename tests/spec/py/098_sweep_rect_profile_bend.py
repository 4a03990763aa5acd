# 098_sweep_rect_profile_bend: rectangular bar swept along an L polyline
# volume: 10*6*(30 + 40)
# expect: volume 4200 ±1%
# expect: solids 1
# expect: bbox 45 6 35
import cadquery as cq

# Parameters
bar_w = 10.0
bar_t = 6.0
leg1 = 30.0
leg2 = 40.0

# Construction
path = cq.Workplane("XZ").polyline([(0, 0), (0, leg1), (leg2, leg1)])
result = cq.Workplane("XY").rect(bar_w, bar_t).sweep(path)
