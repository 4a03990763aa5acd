# 281_while_break_continue: while loop with continue/break choosing which bosses to add
# volume: plate + bosses at i = 0,2,4,6,8 = 100*20*4 + 5*pi*3**2*5
# expect: volume 8706.86
# expect: faces 16
# expect: solids 1
# expect: bbox 100 20 9
# expect: valid
import cadquery as cq

# Parameters
plate = (100.0, 20.0, 4.0)
boss_r = 3.0
boss_h = 5.0

# Construction
result = cq.Workplane("XY").box(*plate, centered=(True, True, False))
i = -1
while True:
    i += 1
    if i % 2 == 1:
        continue
    if i > 8:
        break
    x = -40 + 10 * i
    boss = cq.Workplane("XY").workplane(offset=plate[2]).center(x, 0).circle(boss_r).extrude(boss_h)
    result = result.union(boss)
