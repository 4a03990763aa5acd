# 293_measured_volume_drives_size: a second part sized from the first part's measured Volume()
# volume: 1000 + 20*4*4
# expect: volume 1320
# expect: faces 11
# expect: solids 1
# expect: bbox 30 10 10
# expect: valid
import cadquery as cq

# Parameters
side = 10.0

# Construction
cube = cq.Workplane("XY").box(side, side, side)
v = cube.val().Volume()          # 1000
bar_len = v / 50                 # 20
bar = cq.Workplane("XY").box(bar_len, 4, 4).translate((side / 2 + bar_len / 2, 0, 0))
result = cube.union(bar)
