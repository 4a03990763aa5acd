# 072_hex_bolt: hex head with a cylindrical shank extruded from the head's bottom face
# volume: 3*sqrt(3)/2*10**2*7 + pi*5**2*30
# expect: volume 4174.85
# expect: faces 10
# expect: solids 1
# expect: bbox 20 17.3205 37
# expect: valid
import cadquery as cq

# Parameters
head_ac = 20.0
head_h = 7.0
shank_d = 10.0
shank_len = 30.0

# Construction
head = cq.Workplane("XY").polygon(6, head_ac).extrude(head_h)
result = head.faces("<Z").workplane().circle(shank_d / 2).extrude(shank_len)
