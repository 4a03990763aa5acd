# 194_half_torus_revolve: half torus: circle revolved 180 degrees
# volume: (2*pi^2*R*r^2)/2 = pi**2*20*5**2
# expect: volume 4934.8
# expect: faces 3
# expect: solids 1
import cadquery as cq

# Parameters
major_r = 20.0
minor_r = 5.0

# Construction
result = cq.Workplane("XZ").moveTo(major_r, 0).circle(minor_r).revolve(180)
