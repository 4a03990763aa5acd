# 099_sweep_smooth_bend: pipe swept along line + tangent arc + line
# volume: pi*r^2*(L1 + pi*R/2 + L2) = pi*4**2*(30 + pi*20/2 + 25)
# expect: volume 4343.74
# expect: faces 5
# expect: solids 1
# expect: bbox 49 8 54
import cadquery as cq

# Parameters
pipe_r = 4.0
straight1 = 30.0
bend_r = 20.0
straight2 = 25.0

# Construction
path = (
    cq.Workplane("XZ")
    .lineTo(0, straight1)
    .tangentArcPoint((bend_r, bend_r))
    .lineTo(bend_r + straight2, straight1 + bend_r)
)
result = cq.Workplane("XY").circle(pipe_r).sweep(path)
