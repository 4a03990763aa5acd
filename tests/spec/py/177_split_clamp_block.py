# 177_split_clamp_block: clamp block: bore along X and a slit from the bore to the top
# faces: top halves 2 + bottom 1 + y sides 2 + x ends 2 + slit walls 2 + bore 1 = 10
# volume: block - bore - L*(slit rect 2x10 - part inside bore: int_{-1}^{1} sqrt(25-y^2) dy) = 40*20*20 - pi*5**2*40 - 40*(2*10 - (sqrt(5**2 - 1) + 5**2*asin(1/5)))
# expect: volume 12455.7
# expect: faces 10
# expect: solids 1
# expect: bbox 40 20 20
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
width = 20.0
height = 20.0
bore_d = 10.0
slit_w = 2.0

# Construction
block = cq.Workplane("XY").box(length, width, height).faces(">X").workplane().hole(bore_d)
slit = cq.Workplane("XY").box(length + 10, slit_w, height / 2, centered=(True, True, False))
result = block.cut(slit)
