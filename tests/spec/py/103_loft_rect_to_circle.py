# 103_loft_rect_to_circle: duct transition: square loft to a circle
# no closed form: V = h*(A1/3 + A2/3 + M/6) with M the mixed term of the ruled sections, which
# depends on how the kernel pairs square corners with circle points. Integrating the ruled
# sections numerically: corner->45deg pairing 33872, corner->0deg pairing 30707; the expectation
# is their mean with a tolerance covering both
# volume: (33872 + 30707)/2
# expect: volume 32289.5 ±5.5%
# expect: solids 1
# expect: bbox 40 40 30
import cadquery as cq

# Parameters
side = 40.0
radius = 15.0
height = 30.0

# Construction
result = (
    cq.Workplane("XY")
    .rect(side, side)
    .workplane(offset=height)
    .circle(radius)
    .loft(ruled=True)
)
