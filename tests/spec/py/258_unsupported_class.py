# 258_unsupported_class: class definitions are not part of the dialect
# expect error unsupported.feature
import cadquery as cq

# Parameters
size = 10.0

# Construction
class Part:
    def build(self):
        return cq.Workplane("XY").box(size, size, size)

result = Part().build()
