# 050_revolved_spacer_chamfered: spacer ring with 1 mm chamfers on its outer edges, revolved
# volume: ring - 2 chamfer triangles (area c^2/2, centroid r_out - c/3) by Pappus = pi*(15**2 - 6**2)*10 - 2*2*pi*(15 - 1/3)*0.5
# expect: volume 5845.46
# expect: faces 6
# expect: solids 1
# expect: bbox 30 30 10
import cadquery as cq

# Parameters
r_in = 6.0
r_out = 15.0
height = 10.0
c = 1.0

# Construction
pts = [
    (r_in, 0), (r_out - c, 0), (r_out, c), (r_out, height - c),
    (r_out - c, height), (r_in, height),
]
result = cq.Workplane("XZ").polyline(pts).close().revolve()
