# 074_washer: flat washer with a small edge chamfer on the outer top edge
# RadiusNthSelector(1) picks the larger of the two top circles (0 = smallest)
# volume: ring - Pappus(chamfer triangle c^2/2 at radius r_out - c/3) = pi*(12**2 - 6.5**2)*2 - 2*pi*(12 - 0.5/3)*0.5**2/2
# expect: volume 630.02
# expect: faces 5
# expect: solids 1
import cadquery as cq

# Parameters
r_out = 12.0
r_in = 6.5
thickness = 2.0
c = 0.5

# Construction
washer = cq.Workplane("XY").circle(r_out).circle(r_in).extrude(thickness)
result = washer.faces(">Z").edges("not %LINE").edges(cq.selectors.RadiusNthSelector(1)).chamfer(c)
