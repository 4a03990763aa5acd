# 051_wheel_revolve_with_holes: wheel: revolved rim/web/hub section plus lightening holes
# volume: hub ring + web disc + rim ring - holes through the web = pi*(10**2 - 4**2)*16 + pi*(35**2 - 10**2)*4 + pi*(40**2 - 35**2)*16 - 5*pi*5**2*4
# expect: volume 35638.2
# expect: faces 17
# expect: solids 1
# expect: bbox 80 80 16
# expect: valid
import cadquery as cq

# Parameters
hub_r = 10.0
bore_r = 4.0
web_r = 35.0
rim_r = 40.0
rim_w = 16.0
web_t = 4.0
n_holes = 5
hole_d = 10.0
hole_pcd_r = 22.5

# Construction
z0 = (rim_w - web_t) / 2
pts = [
    (bore_r, 0), (hub_r, 0), (hub_r, z0), (web_r, z0), (web_r, 0), (rim_r, 0),
    (rim_r, rim_w), (web_r, rim_w), (web_r, z0 + web_t), (hub_r, z0 + web_t),
    (hub_r, rim_w), (bore_r, rim_w),
]
wheel = cq.Workplane("XZ").polyline(pts).close().revolve()
result = wheel.faces(">Z").workplane().polarArray(hole_pcd_r, 0, 360, n_holes).hole(hole_d)
