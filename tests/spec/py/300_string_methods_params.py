# 300_string_methods_params: parameters parsed from a string with split/strip/float
# volume: 30*20*5
# expect: volume 3000
# expect: faces 6
# expect: solids 1
# expect: bbox 30 20 5
import cadquery as cq

# Parameters
spec = " 30 x 20 x 5 "

# Construction
dims = [float(s.strip()) for s in spec.strip().split("x")]
label = "BOX-{}".format(len(dims)).lower()
result = cq.Workplane("XY").box(*dims) if label == "box-3" else None
