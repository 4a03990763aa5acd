# 063_plate_with_cylinder_boss: plate with a cylindrical boss built on a separate workplane and unioned
# volume: 50*50*10 + pi*12**2*20
# expect: volume 34047.8
# expect: faces 8
# expect: solids 1
# expect: bbox 50 50 30
# expect: valid
import cadquery as cq

# Parameters
size = 50.0
thickness = 10.0
boss_r = 12.0
boss_h = 20.0

# Construction
plate = cq.Workplane("XY").box(size, size, thickness)
boss = cq.Workplane("XY").workplane(offset=thickness / 2).circle(boss_r).extrude(boss_h)
result = plate.union(boss)
