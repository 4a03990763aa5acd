# 026_gusset_bracket: L bracket with a triangular gusset rib made by a helper function
# volume: L-profile*width + rib triangle*rib_t = (60*6 + 6*44)*40 + 0.5*30*30*6
# expect: volume 27660
# expect: faces 11
# expect: solids 1
# expect: bbox 60 40 50
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
height = 50.0
t = 6.0
width = 40.0
rib_leg = 30.0
rib_t = 6.0

# Construction
def make_rib(leg, thickness, y_center):
    tri = [(t, t), (t + leg, t), (t, t + leg)]
    return (
        cq.Workplane("XZ", origin=(0, y_center, 0))
        .polyline(tri)
        .close()
        .extrude(thickness / 2, both=True)
    )

pts = [(0, 0), (length, 0), (length, t), (t, t), (t, height), (0, height)]
bracket = cq.Workplane("XZ").polyline(pts).close().extrude(width)
result = bracket.union(make_rib(rib_leg, rib_t, -width / 2))
