# 095_sweep_pipe_polyline: circular pipe swept along an L-shaped polyline (mitred 'right' corner)
# bbox: x from -r to run, z from 0 to rise + r (outer miter corner)
# volume: a mitred joint keeps volume = area * centre-line length: pi*r^2*(rise+run) = pi*5**2*(40 + 30)
# expect: volume 5497.79 ±1%
# expect: solids 1
# expect: bbox 35 10 45
import cadquery as cq

# Parameters
pipe_r = 5.0
rise = 40.0
run = 30.0

# Construction
path = cq.Workplane("XZ").polyline([(0, 0), (0, rise), (run, rise)])
result = cq.Workplane("XY").circle(pipe_r).sweep(path)
