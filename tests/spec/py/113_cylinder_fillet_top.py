# 113_cylinder_fillet_top: cylinder with its top circular edge filleted (Pappus)
# volume: cyl - 2*pi*(R - xbar)*(1-pi/4)*r^2, xbar = r*(10-3pi)/(12-3pi) (centroid of the spandrel) = pi*20**2*30 - 2*pi*(20 - 4*(10 - 3*pi)/(12 - 3*pi))*(1 - pi/4)*4**2
# expect: volume 37286.9
# expect: faces 4
# expect: solids 1
# expect: bbox 40 40 30
import cadquery as cq

# Parameters
radius = 20.0
height = 30.0
r = 4.0

# Construction
result = cq.Workplane("XY").circle(radius).extrude(height).faces(">Z").edges().fillet(r)
