// Prismatic plate families: mounting_plate, slotted_plate, counterbored_block, pocketed_block.
// Every feature is placed with its clearance to the edges and to its neighbours computed from the
// sampled sizes, so the program is valid for every seed (see family.h).
#include <algorithm>
#include <cmath>

#include "synth/family.h"
#include "synth/family_prismatic_util.h"

namespace cadscribe::synth {
namespace prismatic {
namespace {

// The plate body: box (centred) or rect + extrude (bottom at z = 0); both leave ">Z" on top.
void plate_body(Chain& c, base::Rng& rng, const std::string& l, const std::string& w, const std::string& t) {
  if (chance(rng, 0.6))
    c.call("box", l + ", " + w + ", " + t);
  else
    c.call("rect", l + ", " + w).call("extrude", t);
}

// Drills the holes at the pushed points with one of the equivalent spellings.
void through_holes(Chain& c, base::Rng& rng, const std::string& d) {
  if (chance(rng, 0.7))
    c.call("hole", d);
  else
    c.call("circle", d + " / 2").call("cutThruAll");
}

// ---------------------------------------------------------------------------------------------
std::string mounting_plate(base::Rng& rng, ProgramWriter& w) {
  const double length = grid(rng, 40, 160, 5);
  const double width = grid(rng, 30, std::min(length, 120.0), 5);
  const double thick = std::min(pick(rng, {3.0, 4.0, 5.0, 6.0, 8.0, 10.0}), floor_to(width / 5, 1));
  const Screw& screw = pick_screw(rng, 0, largest_screw_for(std::min(length, width) / 4, 2));
  const double inset = std::max(5.0, std::ceil(screw.clearance * 1.6 * 2) / 2);  // edge distance
  const double span_x = length - 2 * inset, span_y = width - 2 * inset;
  const int hole_kind = static_cast<int>(rng.uniform_int(0, 3));  // plain ×2, countersunk, counterbored
  const bool csk = hole_kind == 2 && thick >= (screw.csk_d - screw.clearance) / 2 + 1.5;
  const bool cbore = hole_kind == 3 && thick >= screw.cbore_depth + 2;
  const double head_r = (csk ? screw.csk_d : cbore ? screw.cbore_d : screw.clearance) / 2;

  // Pattern: 4 corner holes, a grid, or one row along the long side.
  int nx = 2, ny = 2;
  // Narrow strips get a single row; wider plates corner holes or a grid.
  const int pattern = width <= 45 ? (chance(rng, 0.7) ? 2 : 0) : (chance(rng, 0.55) ? 0 : 1);
  auto count = [&](int64_t lo, int64_t hi, double span, double min_pitch) {
    const int64_t fit = std::max<int64_t>(2, static_cast<int64_t>(span / min_pitch) + 1);
    return static_cast<int>(std::min(rng.uniform_int(lo, hi), fit));
  };
  if (pattern == 1) {
    nx = count(2, 4, span_x, std::max(20.0, 2 * head_r + 4));
    ny = count(2, 3, span_y, std::max(20.0, 2 * head_r + 4));
  } else if (pattern == 2) {
    nx = count(3, 6, span_x, std::max(15.0, 2 * head_r + 4));
    ny = 1;
  }
  const double px = nx > 1 ? floor_to(span_x / (nx - 1), 0.5) : 0, py = ny > 1 ? floor_to(span_y / (ny - 1), 0.5) : 0;
  const Points pts = grid_points(nx, ny, px, py);

  // Centre bore only where it clears every hole (head included) by 3 mm.
  double nearest = 1e9;
  for (const auto& [x, y] : pts) nearest = std::min(nearest, std::hypot(x, y));
  const double bore_max = std::min({2 * (nearest - head_r - 3), width - 2 * inset, 40.0});
  const bool bore = bore_max >= 8 && chance(rng, 0.45);
  const double bore_d = bore ? grid(rng, 8, floor_to(bore_max, 1), 1) : 0;

  // Top edge break: a chamfer (a rolling fillet round the corners costs 3× the time to build and mesh).
  const bool edge = chance(rng, 0.5);
  const bool round_corners = chance(rng, 0.55);
  const double corner_r = round_corners ? grid(rng, 2, std::max(2.0, floor_to(inset - 1, 0.5)), 0.5) : 0;
  const double edge_size = grid(rng, 0.5, std::max(0.5, floor_to(std::min(thick / 4, 1.5), 0.5)), 0.5);

  const auto L = w.param("length", length, "plate length (X)");
  const auto W = w.param("width", width, "plate width (Y)");
  const auto T = w.param("thickness", thick, "plate thickness");
  const auto D = w.param("hole_diameter", screw.clearance, std::string(screw.name) + " clearance");
  std::string cd, cdepth;
  if (csk) cd = w.param("csk_diameter", screw.csk_d, "90 degree countersink");
  if (cbore) {
    cd = w.param("cbore_diameter", screw.cbore_d, "counterbore for the screw head");
    cdepth = w.param("cbore_depth", screw.cbore_depth);
  }
  std::string PX, PY;
  if (nx > 1) PX = w.param("hole_spacing_x", px, "hole pitch along X");
  if (ny > 1) PY = w.param("hole_spacing_y", py, "hole pitch along Y");
  std::string R, E, B;
  if (round_corners) R = w.param("corner_radius", corner_r);
  if (edge) E = w.param("edge_chamfer", edge_size, "top edge break");
  if (bore) B = w.param("bore_diameter", bore_d, "centre clearance bore");

  const bool use_rarray = chance(rng, 0.5);
  std::string list;
  if (!use_rarray)
    list = points_param(w, "hole_points", std::to_string(nx), std::to_string(ny), PX.empty() ? "0.0" : PX, PY.empty() ? "0.0" : PY, pts, "hole centres");

  auto c = w.chain("plate", w.workplane(), "base plate");
  plate_body(c, rng, L, W, T);
  if (round_corners) c.step("edges", "\"|Z\"", "round the vertical corners").call("fillet", R);
  if (!E.empty()) c.step("edges", "\">Z\"", "break the top edges").call("chamfer", E);
  c.step("faces", "\">Z\"", "mounting holes").call("workplane");
  if (use_rarray)
    c.call("rarray", (PX.empty() ? "1.0" : PX) + ", " + (PY.empty() ? "1.0" : PY) + ", " + std::to_string(nx) + ", " +
                         std::to_string(ny));
  else
    c.call("pushPoints", list);
  if (csk)
    c.call("cskHole", D + ", " + cd + ", 90");
  else if (cbore)
    c.call("cboreHole", D + ", " + cd + ", " + cdepth);
  else
    through_holes(c, rng, D);
  if (bore) {
    c.step("faces", "\">Z\"", "centre bore").call("workplane");
    through_holes(c, rng, B);
  }
  c.end();
  return "plate";
}

// ---------------------------------------------------------------------------------------------
std::string slotted_plate(base::Rng& rng, ProgramWriter& w) {
  const double length = grid(rng, 60, 200, 5);
  const double width = grid(rng, 40, std::min(length, 140.0), 5);
  const double thick = pick(rng, {4.0, 5.0, 6.0, 8.0, 10.0, 12.0});
  const int mode = static_cast<int>(rng.uniform_int(0, 2));  // 0 parallel, 1 cross, 2 end (adjustment) slots
  const double size_cap = mode == 2 ? std::min(width / 6, length / 12) : width / 6;
  const Screw& screw = pick_screw(rng, 1, std::min(5, largest_screw_for(size_cap, 1)));
  const double s = screw.clearance;  // slot width

  const auto L = w.param("length", length, "plate length (X)");
  const auto W = w.param("width", width, "plate width (Y)");
  const auto T = w.param("thickness", thick, "plate thickness");
  const auto SW = w.param("slot_width", s, std::string(screw.name) + " clearance");
  const bool round_corners = chance(rng, 0.5);
  std::string R;
  if (round_corners)
    R = w.param("corner_radius", grid(rng, 3, std::max(3.0, floor_to(std::min(width / 8, 2 * s), 0.5)), 0.5));

  auto c = w.chain("plate", w.workplane(), "base plate");
  plate_body(c, rng, L, W, T);
  if (round_corners) c.step("edges", "\"|Z\"", "round the corners").call("fillet", R);

  if (mode == 0) {
    // n slots along X, evenly spaced in Y; optional holes at both ends of the plate.
    const int64_t fit = std::max<int64_t>(2, static_cast<int64_t>(width / (3 * s)));
    const int n = static_cast<int>(std::min(rng.uniform_int(2, 4), fit));
    const double pitch = floor_to((width - 4 * s) / (n - 1), 0.5);
    const double lo = std::max(20.0, floor_to(length * 0.3, 5));
    const double hi_holes = floor_to(length - 6 * s - 20, 5);
    const bool end_holes = hi_holes >= lo && chance(rng, 0.5);
    const double slot_len = grid(rng, lo, end_holes ? hi_holes : std::max(lo, floor_to(length - 4 * s, 5)), 5);
    const auto SL = w.param("slot_length", slot_len, "end to end");
    const auto SP = w.param("slot_pitch", pitch, "slot spacing (Y)");
    c.step("faces", "\">Z\"", "parallel slots").call("workplane");
    c.call("rarray", "1.0, " + SP + ", 1, " + std::to_string(n)).call("slot2D", SL + ", " + SW).call("cutThruAll");
    if (end_holes) {
      const auto HX = w.param("end_hole_offset", floor_to((slot_len / 2 + length / 2) / 2, 0.5), "end holes from the centre (X)");
      const auto HD = w.param("end_hole_diameter", screw.clearance);
      c.step("faces", "\">Z\"", "holes at both ends").call("workplane");
      c.call("pushPoints", "[(-" + HX + ", 0), (" + HX + ", 0)]");
      through_holes(c, rng, HD);
    }
  } else if (mode == 1) {
    // A cross of two slots through the middle.
    const double la = grid(rng, std::max(20.0, floor_to(length * 0.4, 5)), floor_to(length - 4 * s, 5), 5);
    const double lb = grid(rng, std::max(15.0, floor_to(width * 0.4, 5)), std::max(15.0, floor_to(width - 4 * s, 5)), 5);
    const auto LA = w.param("slot_length_x", la);
    const auto LB = w.param("slot_length_y", lb);
    c.step("faces", "\">Z\"", "cross slot").call("workplane").call("slot2D", LA + ", " + SW).call("cutThruAll");
    c.step("faces", "\">Z\"").call("workplane").call("slot2D", LB + ", " + SW + ", 90").call("cutThruAll");
  } else {
    // Four adjustment slots near the corners (motor-mount style) and an optional centre bore.
    const double inset = std::ceil(2 * s);
    const double slot_len = grid(rng, std::ceil(2 * s + 2), std::max(std::ceil(2 * s + 2), floor_to(length / 4, 1)), 1);
    const double sx = floor_to(length / 2 - inset - slot_len / 2, 0.5), sy = floor_to(width / 2 - inset, 0.5);
    const auto SL = w.param("slot_length", slot_len, "adjustment travel + slot width");
    const auto PX = w.param("slot_spacing_x", 2 * sx);
    const auto PY = w.param("slot_spacing_y", 2 * sy);
    c.step("faces", "\">Z\"", "adjustment slots").call("workplane");
    c.call("rarray", PX + ", " + PY + ", 2, 2").call("slot2D", SL + ", " + SW).call("cutThruAll");
    const double x_near = std::max(0.0, sx - (slot_len - s) / 2);
    const double bore_max = std::min(2 * (std::hypot(x_near, sy) - s / 2 - 4), 0.6 * width);
    if (bore_max >= 10 && chance(rng, 0.6)) {
      const auto B = w.param("bore_diameter", grid(rng, 10, floor_to(std::min(bore_max, 50.0), 1), 1), "centre bore");
      c.step("faces", "\">Z\"", "centre bore").call("workplane");
      through_holes(c, rng, B);
    }
  }
  c.end();
  return "plate";
}

// ---------------------------------------------------------------------------------------------
std::string counterbored_block(base::Rng& rng, ProgramWriter& w) {
  const double length = grid(rng, 40, 120, 5);
  const double width = grid(rng, 30, std::min(length, 100.0), 5);
  const double height = grid(rng, 12, std::min(50.0, floor_to(width * 0.8, 1)), 1);
  const bool csk = chance(rng, 0.35);
  // Screws whose head fits three times across the short side and whose counterbore leaves a floor.
  int hi = 0;
  for (int i = 0; i < kScrewCount; ++i) {
    const double head = csk ? kScrews[i].csk_d : kScrews[i].cbore_d;
    if (3 * head + 8 <= width && kScrews[i].cbore_depth + 5 <= height) hi = i;
  }
  const Screw& screw = pick_screw(rng, std::max(0, hi - 3), hi);
  const double head = csk ? screw.csk_d : screw.cbore_d;
  const double inset = std::ceil(head / 2 + 2.5);
  const int pattern = static_cast<int>(rng.uniform_int(0, 2));  // 0 corners, 1 polar, 2 row

  const auto L = w.param("length", length);
  const auto W = w.param("width", width);
  const auto H = w.param("height", height);
  const auto D = w.param("hole_diameter", screw.clearance, std::string(screw.name) + " clearance");
  const auto HD = w.param(csk ? "csk_diameter" : "cbore_diameter", head);
  std::string CDEP;
  if (!csk) CDEP = w.param("cbore_depth", screw.cbore_depth);

  auto c = w.chain("block", w.workplane(), "block");
  c.call("box", L + ", " + W + ", " + H);
  if (chance(rng, 0.4)) {
    const auto CH = w.param("corner_chamfer", pick(rng, {1.0, 1.5, 2.0}));
    c.step("edges", "\"|Z\"", "chamfer the vertical edges").call("chamfer", CH);
  }

  double keep_out = 0;  // half size of the free square in the middle (for the pocket)
  c.step("faces", "\">Z\"", "fastener holes").call("workplane");
  if (pattern == 0) {
    const auto PX = w.param("hole_spacing_x", length - 2 * inset);
    const auto PY = w.param("hole_spacing_y", width - 2 * inset);
    c.call("rarray", PX + ", " + PY + ", 2, 2");
    keep_out = std::min(length, width) / 2 - inset - head / 2 - 3;
  } else if (pattern == 1) {
    const double r = floor_to(std::min(length, width) / 2 - inset, 0.5);
    int n = pick(rng, {3, 4, 6});
    while (n > 3 && 2 * r * std::sin(M_PI / n) < head + 2) n = n == 6 ? 4 : 3;
    const auto PR = w.param("bolt_circle_radius", r);
    const double start = pick(rng, {0.0, 45.0, 90.0});
    c.call("polarArray", PR + ", " + format_number(start) + ", 360, " + std::to_string(n));
    keep_out = (r - head / 2 - 3) / std::sqrt(2.0);
  } else {
    const double span = length - 2 * inset;
    const int64_t fit = std::max<int64_t>(2, static_cast<int64_t>(span / (head + 3)) + 1);
    const int n = static_cast<int>(std::min(rng.uniform_int(2, 4), fit));
    const auto PX = w.param("hole_pitch", floor_to(span / (n - 1), 0.5));
    c.call("rarray", PX + ", 1.0, " + std::to_string(n) + ", 1");
  }
  if (csk)
    c.call("cskHole", D + ", " + HD + ", 90");
  else
    c.call("cboreHole", D + ", " + HD + ", " + CDEP);

  // An optional pocket inside the free middle.
  if (keep_out >= 6 && chance(rng, 0.55)) {
    const double ps = floor_to(2 * keep_out, 1);
    const auto PD = w.param("pocket_depth", grid(rng, 2, std::max(2.0, floor_to(height / 3, 0.5)), 0.5));
    const bool round = pattern == 1 || chance(rng, 0.3);
    std::string outline;
    if (round) {
      outline = w.param("pocket_diameter", ps) + " / 2";
    } else {
      const auto PX = w.param("pocket_length", ps);
      const auto PY = w.param("pocket_width", floor_to(ps * rng.uniform(0.5, 1.0), 1));
      outline = PX + ", " + PY;
    }
    c.step("faces", "\">Z\"", "centre pocket").call("workplane").call(round ? "circle" : "rect", outline).call("cutBlind", "-" + PD);
  }
  c.end();
  return "block";
}

// ---------------------------------------------------------------------------------------------
std::string pocketed_block(base::Rng& rng, ProgramWriter& w) {
  const double length = grid(rng, 50, 150, 5);
  const double width = grid(rng, 40, std::min(length, 100.0), 5);
  const double height = grid(rng, 15, std::min(50.0, floor_to(width * 0.7, 1)), 1);
  const double wall = grid(rng, 4, std::max(4.0, floor_to(std::min(width, length) / 8, 0.5)), 0.5);
  const double floor_min = grid(rng, 3, std::max(3.0, floor_to(height / 3, 0.5)), 0.5);
  const int layout = static_cast<int>(rng.uniform_int(0, 2));  // 0 one pocket, 1 two pockets, 2 stepped pocket

  const auto L = w.param("length", length);
  const auto W = w.param("width", width);
  const auto H = w.param("height", height);
  const auto WT = w.param("wall", wall, "wall around the pockets");
  const double pocket_d = grid(rng, std::max(3.0, floor_to(height * 0.3, 0.5)), height - floor_min, 0.5);
  const double floor_t = height - pocket_d;  // material under the pocket
  const auto PD = w.param("pocket_depth", pocket_d);
  const double corner = grid(rng, 2, std::max(2.0, std::min(6.0, floor_to(wall, 0.5))), 0.5);
  const bool sketch = chance(rng, 0.5);
  const auto CR = w.param("pocket_corner_radius", corner, "end mill radius");

  auto c = w.chain("block", w.workplane(), "solid block");
  c.call("box", L + ", " + W + ", " + H);
  c.step("faces", "\">Z\"", "pocket").call("workplane");
  // A rounded-corner pocket: a Sketch with filleted vertices, or rect + a fillet of all |Z edges.
  auto pocket = [&](const std::string& a, const std::string& b) {
    if (sketch) {
      c.call("placeSketch", "cq.Sketch().rect(" + a + ", " + b + ").vertices().fillet(" + CR + ")");
      for (const char* op : {"Sketch", "rect", "vertices", "fillet"}) w.record_op(op);  // calls inside the argument
    } else {
      c.call("rect", a + ", " + b);
    }
    c.call("cutBlind", "-" + PD);
  };
  if (layout == 1) {
    const double rib = grid(rng, wall, wall + 6, 0.5);
    const double pl = floor_to((length - 2 * wall - rib) / 2, 0.5);
    const auto RB = w.param("rib", rib, "rib between the pockets");
    const auto PL = w.param("pocket_length", pl);
    c.call("pushPoints", "[(-(" + PL + " + " + RB + ") / 2, 0), ((" + PL + " + " + RB + ") / 2, 0)]");
    pocket(PL, W + " - 2 * " + WT);
  } else {
    pocket(L + " - 2 * " + WT, W + " - 2 * " + WT);
  }
  if (!sketch) c.step("edges", "\"|Z\"", "round the pocket and outer corners").call("fillet", CR);
  double relief_d = 0;
  if (layout == 2) {
    relief_d = grid(rng, 1, std::max(1.0, floor_to((floor_t - 1.5) / 2, 0.5)), 0.5);
    const double inner_w = floor_to((width - 2 * wall) * rng.uniform(0.3, 0.6), 1);
    const double inner_l = floor_to((length - 2 * wall) * rng.uniform(0.3, 0.6), 1);
    const auto RL = w.param("relief_length", inner_l);
    const auto RW = w.param("relief_width", inner_w);
    const auto RD = w.param("relief_depth", relief_d, "deeper relief in the pocket floor");
    c.step("faces", "\">Z[1]\"", "relief in the pocket floor").call("workplane", "centerOption=\"CenterOfBoundBox\"");
    c.call("rect", RL + ", " + RW).call("cutBlind", "-" + RD);
  }

  // Side groove along X in the front face, or a slot across the bottom (shallower than the floor).
  const bool groove = chance(rng, 0.5);
  const double slot_w = grid(rng, 3, std::max(3.0, floor_to(height / 3, 0.5)), 0.5);
  const double depth_max = groove ? wall / 2 : std::min(wall, floor_t - relief_d - 1.5);
  const double slot_d = grid(rng, 1, std::max(1.0, floor_to(depth_max, 0.5)), 0.5);
  const auto SW = w.param("slot_width", slot_w);
  const auto SD = w.param("slot_depth", slot_d);
  if (groove) {
    c.step("faces", "\"<Y\"", "groove along the side").call("workplane", "centerOption=\"CenterOfBoundBox\"");
    c.call("rect", L + " + 2, " + SW).call("cutBlind", "-" + SD);
  } else {
    c.step("faces", "\"<Z\"", "slot across the bottom").call("workplane", "centerOption=\"CenterOfBoundBox\"");
    c.call("rect", SW + ", " + W + " + 2").call("cutBlind", "-" + SD);
  }
  c.end();
  return "block";
}

}  // namespace
}  // namespace prismatic

void add_prismatic_families(std::vector<Family>& out) {
  using namespace prismatic;
  out.push_back({"mounting_plate", "Rectangular mounting plate with a screw-hole pattern, optional rounded corners and edge break",
                 mounting_plate});
  out.push_back({"slotted_plate", "Plate with parallel, cross or corner adjustment slots (slot2D) and optional holes", slotted_plate});
  out.push_back({"counterbored_block", "Block with counterbored or countersunk screw holes on a pattern and an optional pocket",
                 counterbored_block});
  out.push_back({"pocketed_block", "Machined block with rounded-corner pockets and a side groove or bottom slot", pocketed_block});
  add_prismatic_bracket_families(out);
  add_prismatic_feature_families(out);
}

}  // namespace cadscribe::synth
