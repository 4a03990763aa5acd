# 240_limit_recursion_mutual: two functions calling each other forever
# expect error limit.recursion
import cadquery as cq

# Parameters
start = 1

# Construction
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

result = ping(start)
