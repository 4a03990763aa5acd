# 155_simplenamespace_params: parameters in types.SimpleNamespace; rounded plate
# volume: 50*30*6 - 4*(1 - pi/4)*4**2*6
# expect: volume 8917.59
# expect: faces 10
# expect: solids 1
# expect: bbox 50 30 6
# expect: valid
import cadquery as cq
import types

# Parameters
P = types.SimpleNamespace(length=50.0, width=30.0, thickness=6.0, radius=4.0)

# Construction
result = cq.Workplane("XY").box(P.length, P.width, P.thickness).edges("|Z").fillet(P.radius)
