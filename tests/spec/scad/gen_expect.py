#!/usr/bin/env python3
"""tests/spec/scad/gen_expect.py — (re)writes the spec programs of this folder with expectations
measured on the reference openscad 2021.01 (see README.md).

Each entry: (stem, title, keys, body). keys: v = volume (±tol), t = triangle count, b = bbox,
e = echo lines, E:<code> = an expected error (no openscad run), W:<code> = an expected warning,
'empty' = openscad's result is empty. `tol=` overrides the volume tolerance (percent).
Run from the repository root: python3 tests/spec/scad/gen_expect.py [stem ...]
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "tools"))
import scad_parity  # noqa: E402  (measure())

from programs import PROGRAMS  # noqa: E402


def run_openscad(body, out):
    with tempfile.NamedTemporaryFile("w", suffix=".scad", dir=HERE, delete=False) as f:
        f.write(body)
        src = f.name
    try:
        p = subprocess.run(["timeout", "400", "openscad", "-o", out, src], capture_output=True, text=True)
        return p.returncode, p.stderr
    finally:
        os.unlink(src)


def echo_lines(body):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "x.echo")
        run_openscad(body, out)
        if not os.path.exists(out):
            return []
        with open(out) as f:
            return [l.rstrip("\n") for l in f if l.startswith("ECHO:")]


def measure(body):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "x.stl")
        rc, err = run_openscad(body, out)
        if rc != 0 or not os.path.exists(out):
            return None, err
        line = scad_parity.measure(out)
    fields = dict(kv.split("=", 1) for kv in line.split()[1:])
    return fields, err


def write(stem, title, keys, body):
    lines = ["// " + title]
    keys = keys.split()
    tol = "±0.1%"
    for k in keys:
        if k.startswith("tol="):
            tol = "±" + k[4:] + "%"
    if any(k.startswith("E:") for k in keys):
        for k in keys:
            if k.startswith("E:"):
                lines.append("// expect error " + k[2:])
    else:
        if any(k in ("v", "t", "b") for k in keys):
            m, err = measure(body)
            if m is None:
                print("%s: openscad failed: %s" % (stem, err)); return
            if "v" in keys:
                lines.append("// expect: volume %.6g %s" % (float(m["volume"]), tol))
            if "t" in keys:
                lines.append("// expect: triangles %s" % m["triangles"])
            if "b" in keys:
                bb = [float(x) for x in m["bbox"].split(",")]
                lines.append("// expect: bbox %.6g %.6g %.6g" % (bb[3] - bb[0], bb[4] - bb[1], bb[5] - bb[2]))
            if m.get("closed") == "1":
                lines.append("// expect: closed")
        if "empty" in keys:
            lines.append("// expect: empty")
        if "e" in keys:
            for l in echo_lines(body):
                lines.append("// expect: echo " + l)
    for k in keys:
        if k.startswith("W:"):
            lines.append("// expect: warning " + k[2:])
    text = "\n".join(lines) + "\n" + body.strip("\n") + "\n"
    with open(os.path.join(HERE, stem + ".scad"), "w") as f:
        f.write(text)


def main(argv):
    wanted = set(argv[1:])
    for stem, title, keys, body in PROGRAMS:
        if wanted and stem not in wanted:
            continue
        write(stem, title, keys, body)
        print("wrote", stem)


if __name__ == "__main__":
    main(sys.argv)
