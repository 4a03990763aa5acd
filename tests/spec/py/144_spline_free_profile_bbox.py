# 144_spline_free_profile_bbox: closed profile with a spline top edge (volume bounded by its chords)
# the interpolating spline through (40,10),(20,15),(0,10) is close to the parabola through them:
# area ~ rectangle + 2/3*length*bump; tolerance covers the spline/parabola difference
# volume: (40*10 + 2/3*40*5)*4
# expect: volume 2133.33 ±6%
# expect: solids 1
import cadquery as cq

# Parameters
length = 40.0
height = 10.0
bump = 5.0
thickness = 4.0

# Construction
result = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(length, 0)
    .lineTo(length, height)
    .spline([(length / 2, height + bump), (0, height)], includeCurrent=True)
    .close()
    .extrude(thickness)
)
