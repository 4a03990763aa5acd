# 157_recursive_tiers: stepped tower built by a recursive helper
# volume: (40**2 + 32**2 + 24**2 + 16**2)*6
# expect: volume 20736
# expect: faces 21
# expect: solids 1
# expect: bbox 40 40 24
# expect: valid
import cadquery as cq

# Parameters
start = 40.0
step = 8.0
tier_h = 6.0
levels = 3

# Construction
def add_tier(wp, size, n):
    if n == 0:
        return wp
    return add_tier(wp.faces(">Z").workplane().rect(size, size).extrude(tier_h), size - step, n - 1)

base = cq.Workplane("XY").rect(start, start).extrude(tier_h)
result = add_tier(base, start - step, levels)
