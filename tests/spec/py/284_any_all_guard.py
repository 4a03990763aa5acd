# 284_any_all_guard: any/all guard a parameter list before building the part
# volume: 30*20*10 - 4*2**2/2*10
# expect: volume 5920
# expect: faces 10
# expect: solids 1
# expect: bbox 30 20 10
# expect: valid
import cadquery as cq

# Parameters
dims = [30.0, 20.0, 10.0]

# Construction
ok = all(d > 0 for d in dims) and not any(d > 100 for d in dims)
if ok:
    result = cq.Workplane("XY").box(*dims).edges("|Z").chamfer(2)
else:
    result = cq.Workplane("XY").box(1, 1, 1)
