# 306_polygon_circumscribed: hexagon circumscribed about the given diameter (flats 20 apart; CadQuery turns
# the vertices by half a sector when circumscribed, so the flats face +-X and the corners +-Y)
# volume: 2*sqrt(3)*10**2*5
# expect: volume 1732.05
# expect: faces 8
# expect: solids 1
# expect: bbox 20 23.094 5
# expect: valid
import cadquery as cq

# Parameters
flats = 20.0
thickness = 5.0

# Construction
result = cq.Workplane("XY").polygon(6, flats, circumscribed=True).extrude(thickness)
