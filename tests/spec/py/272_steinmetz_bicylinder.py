# 272_steinmetz_bicylinder: intersection of two perpendicular equal cylinders (Steinmetz solid)
# volume: 16/3*r^3 = 16/3*10**3
# expect: volume 5333.33
# expect: solids 1
# expect: bbox 20 20 20
import cadquery as cq

# Parameters
r = 10.0
length = 40.0

# Construction
a = cq.Workplane("XY").cylinder(length, r)
b = cq.Workplane("YZ").cylinder(length, r)
result = a.intersect(b)
