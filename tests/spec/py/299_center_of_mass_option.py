# 299_center_of_mass_option: workplane(centerOption='CenterOfMass') on an L-shaped top face
# centre of mass of the L face is (16.67, 16.67): inside the material, so the hole goes through
# volume: (40*20 + 20*20)*10 - pi*2**2*10
# expect: volume 11874.3
# expect: faces 9
# expect: solids 1
# expect: bbox 40 40 10
# expect: valid
import cadquery as cq

# Parameters
t = 10.0

# Construction
pts = [(0, 0), (40, 0), (40, 20), (20, 20), (20, 40), (0, 40)]
body = cq.Workplane("XY").polyline(pts).close().extrude(t)
result = body.faces(">Z").workplane(centerOption="CenterOfMass").hole(4)
