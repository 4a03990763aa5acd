# 188_helix_spring_sweep: coil spring: circle swept along a helix (isFrenet)
# volume: A*(turns*2*pi*R): the XZ profile is tilted by the helix angle, so A*L*cos(angle) = A*turns*2piR = pi*1**2*2*pi*10*(20/5)
# expect: volume 789.568 ±1.5%
# expect: solids 1
import cadquery as cq

# Parameters
coil_r = 10.0
pitch = 5.0
height = 20.0
wire_r = 1.0

# Construction
helix = cq.Wire.makeHelix(pitch, height, coil_r)
path = cq.Workplane("XY").add(helix)
result = cq.Workplane("XZ").center(coil_r, 0).circle(wire_r).sweep(path, isFrenet=True)
