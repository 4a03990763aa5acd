# 082_transformed_square_hole: cube with a square through-hole rotated 45 degrees via transformed
# volume: 40**3 - 10*10*40
# expect: volume 60000
# expect: faces 10
# expect: solids 1
# expect: bbox 40 40 40
# expect: valid
import cadquery as cq

# Parameters
side = 40.0
hole_side = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .box(side, side, side)
    .faces(">Z")
    .workplane()
    .transformed(rotate=(0, 0, 45))
    .rect(hole_side, hole_side)
    .cutThruAll()
)
