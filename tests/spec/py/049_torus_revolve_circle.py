# 049_torus_revolve_circle: torus from a circle revolved about the workplane Y axis
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
result = cq.Workplane("XZ").moveTo(major_r, 0).circle(minor_r).revolve()
