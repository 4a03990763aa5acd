# 159_lambda_and_sorted: holes sorted by a lambda key; print and f-string do not disturb the result
# volume: 50*50*5 - pi*(2**2 + 2.5**2 + 3**2)*5
# expect: volume 12197.6
# expect: faces 9
# expect: solids 1
# expect: bbox 50 50 5
# expect: valid
import cadquery as cq

# Parameters
size = 50.0
thickness = 5.0
holes = [(15, 15, 6), (-15, -15, 4), (15, -15, 5)]

# Construction
holes = sorted(holes, key=lambda h: h[2])
body = cq.Workplane("XY").box(size, size, thickness)
for x, y, d in holes:
    body = body.faces(">Z").workplane(centerOption="CenterOfBoundBox").center(x, y).hole(d)
print(f"holes: {len(holes)}, largest {holes[-1][2]:.1f} mm")
result = body
