# 123_sketch_disc_square_cutouts: Sketch circle with a 3x3 rarray of square cut-outs
# volume: (pi*40**2 - 9*6*6)*5
# expect: volume 23512.7
# expect: faces 39
# expect: solids 1
# expect: bbox 80 80 5
# expect: valid
import cadquery as cq

# Parameters
disc_r = 40.0
pitch = 20.0
sq = 6.0
thickness = 5.0

# Construction
s = cq.Sketch().circle(disc_r).rarray(pitch, pitch, 3, 3).rect(sq, sq, mode="s")
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
