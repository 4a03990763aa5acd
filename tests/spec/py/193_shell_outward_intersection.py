# 193_shell_outward_intersection: open box grown outward with shell(+t, kind='intersection')
# volume: (a+2t)^2*(a+t) - a^3 (the cavity is the original box) = 24*24*22 - 20**3
# expect: volume 4672
# expect: faces 11
# expect: solids 1
# expect: bbox 24 24 22
# expect: valid
import cadquery as cq

# Parameters
side = 20.0
t = 2.0

# Construction
result = cq.Workplane("XY").box(side, side, side).faces(">Z").shell(t, kind="intersection")
