# 061_torus_solid_api: torus from cq.Solid.makeTorus
# volume: 2*pi**2*30*8**2
# expect: volume 37899.3
# expect: faces 1
# expect: solids 1
# expect: bbox 76 76 16
import cadquery as cq

# Parameters
major_r = 30.0
minor_r = 8.0

# Construction
result = cq.Workplane("XY").add(cq.Solid.makeTorus(major_r, minor_r))
