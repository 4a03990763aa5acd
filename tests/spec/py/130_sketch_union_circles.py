# 130_sketch_union_circles: Sketch of three overlapping circles fused (mode='a')
# volume: (3 circles + bar - 4*S)*t, S = bar strip inside one side of a circle = int_{-4}^{4} sqrt(r^2-y^2) dy = (3*pi*10**2 + 60*8 - 4*(4*sqrt(10**2 - 4**2) + 10**2*asin(4/10)))*4
# expect: volume 4444.91
# expect: faces 10
# expect: solids 1
# expect: bbox 80 20 4
# expect: valid
import cadquery as cq

# Parameters
r = 10.0
spacing = 30.0
bar_w = 8.0
thickness = 4.0

# Construction
s = (
    cq.Sketch()
    .rect(2 * spacing, bar_w)
    .push([(-spacing, 0), (0, 0), (spacing, 0)])
    .circle(r)
)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
