# 239_limit_recursion: unbounded recursion
# expect error limit.recursion
import cadquery as cq

# Parameters
levels = 5

# Construction
def tier(n):
    return tier(n + 1)

result = tier(levels)
