# 195_triangular_tunnel_side: triangular tunnel cut through a block from its +Y face
# volume: 40*40*20 - 0.5*20*13*40
# expect: volume 26800
# expect: faces 9
# expect: solids 1
# expect: bbox 40 40 20
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
depth = 40.0
height = 20.0
tri = [(-10, -5), (10, -5), (0, 8)]

# Construction
result = (
    cq.Workplane("XY")
    .box(length, depth, height)
    .faces(">Y")
    .workplane()
    .polyline(tri)
    .close()
    .cutThruAll()
)
