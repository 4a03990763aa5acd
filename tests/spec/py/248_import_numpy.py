# 248_import_numpy: numpy is not available
# expect error unsupported.import
import cadquery as cq
import numpy as np

# Parameters
xs = np.linspace(-20, 20, 5)

# Construction
result = cq.Workplane("XY").box(60, 20, 5)
