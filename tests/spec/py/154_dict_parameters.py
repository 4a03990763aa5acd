# 154_dict_parameters: parameters held in a dict; block with a counterbore
# volume: 40*30*15 - pi*4**2*15 - pi*(7**2 - 4**2)*4
# expect: volume 16831.3
# expect: faces 9
# expect: solids 1
# expect: bbox 40 30 15
# expect: valid
import cadquery as cq

# Parameters
p = {"length": 40.0, "width": 30.0, "height": 15.0, "hole": 8.0, "cbore": 14.0, "cbore_depth": 4.0}

# Construction
result = (
    cq.Workplane("XY")
    .box(p["length"], p["width"], p["height"])
    .faces(">Z")
    .workplane()
    .cboreHole(p["hole"], p["cbore"], p["cbore_depth"])
)
