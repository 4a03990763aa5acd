# 158_enumerate_zip_bosses: bosses of different radii from zip/enumerate
# volume: 60*20*4 + pi*(3**2*6 + 4**2*7 + 5**2*8)
# expect: volume 5949.82
# expect: faces 12
# expect: solids 1
# expect: bbox 60 20 12
# expect: valid
import cadquery as cq

# Parameters
radii = [3.0, 4.0, 5.0]
xs = [-20.0, 0.0, 20.0]
plate = (60.0, 20.0, 4.0)
boss_h = 6.0

# Construction
result = cq.Workplane("XY").box(*plate, centered=(True, True, False))
for i, (x, r) in enumerate(zip(xs, radii)):
    boss = cq.Workplane("XY").workplane(offset=plate[2]).center(x, 0).circle(r).extrude(boss_h + i)
    result = result.union(boss)
