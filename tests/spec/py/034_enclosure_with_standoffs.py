# 034_enclosure_with_standoffs: rounded enclosure shell with four internal standoffs
# volume: (120*80 - (4 - pi)*6**2)*35 - (116*76 - (4 - pi)*4**2)*33 + 4*pi*4**2*10
# expect: volume 46454.3
# expect: faces 27
# expect: solids 1
# expect: bbox 120 80 35
# expect: valid
import cadquery as cq

# Parameters
length = 120.0
width = 80.0
height = 35.0
corner_r = 6.0
wall = 2.0
standoff_r = 4.0
standoff_h = 10.0

# Construction
housing = (
    cq.Workplane("XY")
    .box(length, width, height)
    .edges("|Z")
    .fillet(corner_r)
    .faces(">Z")
    .shell(-wall)
)
floor_z = -height / 2 + wall
standoffs = (
    cq.Workplane("XY")
    .workplane(offset=floor_z)
    .rarray(100, 60, 2, 2)
    .circle(standoff_r)
    .extrude(standoff_h)
)
result = housing.union(standoffs)
