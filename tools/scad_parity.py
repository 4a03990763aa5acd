#!/usr/bin/env python3
"""tools/scad_parity.py — measure meshes written by openscad (no pip packages needed).

  scad_parity.py measure FILE.stl|FILE.off ...   one line per file:
      FILE triangles=N volume=V bbox=minx,miny,minz,maxx,maxy,maxz closed=0|1
Used by tools/scad_parity.sh and to produce the expectations of tests/spec/scad/ (see its README).
Volume is the divergence-theorem sum over triangles (ASCII/binary STL, or OFF fan-triangulated);
closed means every undirected edge, after welding bit-identical positions, has exactly two uses.
"""
import struct
import sys


def read_stl(data):
    tris = []
    if data[:5] == b"solid" and b"facet" in data[:400]:
        verts = []
        for line in data.decode("latin-1").splitlines():
            parts = line.split()
            if parts and parts[0] == "vertex":
                verts.append(tuple(float(x) for x in parts[1:4]))
        for i in range(0, len(verts) - 2, 3):
            tris.append((verts[i], verts[i + 1], verts[i + 2]))
        return tris
    (n,) = struct.unpack_from("<I", data, 80)
    off = 84
    for _ in range(n):
        v = struct.unpack_from("<12f", data, off)
        tris.append((v[3:6], v[6:9], v[9:12]))
        off += 50
    return tris


def read_off(data):
    words = []
    for line in data.decode("latin-1").splitlines():
        line = line.split("#")[0].strip()
        if line:
            words.extend(line.split())
    if words[0] == "OFF":
        words = words[1:]
    nv, nf = int(words[0]), int(words[1])
    pos = 3
    pts = []
    for _ in range(nv):
        pts.append(tuple(float(x) for x in words[pos:pos + 3]))
        pos += 3
    tris = []
    for _ in range(nf):
        k = int(words[pos])
        idx = [int(x) for x in words[pos + 1:pos + 1 + k]]
        pos += 1 + k
        for i in range(1, k - 1):
            tris.append((pts[idx[0]], pts[idx[i]], pts[idx[i + 1]]))
    return tris


def measure(path):
    with open(path, "rb") as f:
        data = f.read()
    tris = read_off(data) if path.lower().endswith(".off") else read_stl(data)
    vol = 0.0
    lo = [float("inf")] * 3
    hi = [float("-inf")] * 3
    edges = {}
    ids = {}
    for a, b, c in tris:
        vol += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) +
                a[2] * (b[0] * c[1] - b[1] * c[0])) / 6.0
        for p in (a, b, c):
            for k in range(3):
                lo[k] = min(lo[k], p[k])
                hi[k] = max(hi[k], p[k])
        t = [ids.setdefault(p, len(ids)) for p in (a, b, c)]
        for i in range(3):
            e = tuple(sorted((t[i], t[(i + 1) % 3])))
            edges[e] = edges.get(e, 0) + 1
    closed = bool(tris) and all(v == 2 for v in edges.values())
    bbox = ",".join("%.6g" % x for x in lo + hi) if tris else "empty"
    return "%s triangles=%d volume=%.6f bbox=%s closed=%d" % (path, len(tris), vol, bbox, int(closed))


def main(argv):
    if len(argv) < 3 or argv[1] != "measure":
        print(__doc__)
        return 2
    for p in argv[2:]:
        try:
            print(measure(p))
        except Exception as e:  # a broken file is reported, not fatal
            print("%s error=%s" % (p, str(e).replace(" ", "_")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
