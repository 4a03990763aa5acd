# 073_octagon_prism: regular octagon prism
# volume: n/2*R^2*sin(2pi/n)*h = 8/2*20**2*sin(2*pi/8)*5
# expect: volume 5656.85
# expect: faces 10
# expect: solids 1
# expect: bbox 40 40 5
# expect: valid
import cadquery as cq

# Parameters
diameter = 40.0
height = 5.0

# Construction
result = cq.Workplane("XY").polygon(8, diameter).extrude(height)
