# 271_asymmetric_chamfer: one vertical edge chamfered with two different lengths
# volume: block - c1*c2/2*H = 40*30*20 - 2*4/2*20
# expect: volume 23920
# expect: faces 7
# expect: solids 1
# expect: bbox 40 30 20
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
width = 30.0
height = 20.0
c1 = 2.0
c2 = 4.0

# Construction
result = cq.Workplane("XY").box(length, width, height).edges("|Z and >X and >Y").chamfer(c1, c2)
