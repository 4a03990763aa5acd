# 318_sweep_round_transition: pipe swept along an L polyline with transition='round'
# volume: two straight pipes to the corner - their overlap (a quarter of the Steinmetz solid, 4r^3/3) + the outer quarter ball (pi r^3/3) = pi*5**2*(40 + 30) - 4*5**3/3 + pi*5**3/3
# expect: volume 5462.02 ±0.5%
# expect: solids 1
# expect: bbox 35 10 45
import cadquery as cq

# Parameters
pipe_r = 5.0
rise = 40.0
run = 30.0

# Construction
path = cq.Workplane("XZ").polyline([(0, 0), (0, rise), (run, rise)])
result = cq.Workplane("XY").circle(pipe_r).sweep(path, transition="round")
