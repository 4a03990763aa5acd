// synth/family_freeform_composite.cpp — random compositions of features on a sketched base:
// a base (rectangle, disc, polygon, obround, tapered block or revolved hub) extruded or revolved,
// then 1–3 features (boss, centre hole or counterbore, pocket, bolt pattern, side hole) in a
// seed-dependent order, then an optional edge break last.
//
// Validity is kept by zoning the top face: central features stay inside radius `r_center`, pattern
// holes lie on a ring (or at corners) at least 2 mm outside it and 2 mm inside the footprint's
// inscribed boundary, pockets stay ≥ 2 mm above the bottom, and the final edge break is smaller
// than half the thinnest wall it can meet. Cuts never separate material, so the part stays one solid.
#include <algorithm>
#include <cmath>

#include "synth/family_freeform_util.h"

namespace cadscribe::synth::freeform {

namespace {

enum Base { kRect, kDisc, kPolygon, kObround, kTapered, kHub };

struct Footprint {
  Base kind;
  double a = 0, b = 0;   // rect/tapered: half extents of the top face; obround: half length, half width
  double safe_r = 0;     // radius of a circle well inside the top face
  double top_z = 0;      // height of the top face (hub: top of the hub)
  double thick = 0;      // material under the top face (hub: flange thickness for the pattern)
  double flange_r = 0;   // hub: flange radius
  double hub_r = 0;      // hub: hub radius
};

}  // namespace

std::string gen_feature_composite(base::Rng& rng, ProgramWriter& w) {
  Footprint f;
  f.kind = static_cast<Base>(rng.uniform_int(0, 5));
  int faces = 0;  // B-rep faces so far (≥ 7 are required; an edge break is added if short)
  w.blank();
  // ---- base body ----
  if (f.kind == kRect || f.kind == kTapered) {
    const double L = grid(rng, 40, 140, 5), W = grid(rng, 30, std::max(30.0, L), 5), T = grid(rng, 6, 25, 1);
    const double taper = f.kind == kTapered ? pick(rng, {3.0, 5.0, 8.0}) : 0.0;
    const double shrink = T * std::tan(taper * M_PI / 180);
    const bool round = f.kind == kRect && chance(rng, 0.5);
    const double r = round ? grid(rng, 2, floor_to(std::min(L, W) / 6, 0.5), 0.5) : 0.0;
    const auto L_ = w.param("length", L, ""), W_ = w.param("width", W, ""), T_ = w.param("thickness", T, "");
    std::string r_, tp_;
    if (round) r_ = w.param("corner_r", r, "");
    if (taper > 0) tp_ = w.param("draft", taper, "draft angle of the sides (degrees)");
    auto c = w.chain("body", w.workplane(), "base block");
    if (taper == 0 && chance(rng, 0.4)) c.call("box", L_ + ", " + W_ + ", " + T_ + ", centered=(True, True, False)");
    else c.call("rect", L_ + ", " + W_).call("extrude", taper > 0 ? T_ + ", taper=" + tp_ : T_);
    if (round) c.step("edges", "\"|Z\"", "round the corners").call("fillet", r_);
    f.a = L / 2 - shrink;
    f.b = W / 2 - shrink;
    f.safe_r = std::min(f.a, f.b) - (round ? 0.3 * r : 0.0) - 1;
    f.top_z = f.thick = T;
    faces = round ? 10 : 6;
  } else if (f.kind == kDisc || f.kind == kPolygon) {
    const double D = grid(rng, 30, 140, 5), T = grid(rng, 6, 25, 1);
    const int n = pick(rng, {5, 6, 8});
    const auto D_ = w.param(f.kind == kDisc ? "diameter" : "across_corners", D, "");
    const auto T_ = w.param("thickness", T, "");
    auto c = w.chain("body", w.workplane(), f.kind == kDisc ? "round base" : "polygonal base");
    if (f.kind == kDisc) c.call("circle", D_ + " / 2");
    else c.call("polygon", std::to_string(n) + ", " + D_);
    c.call("extrude", T_);
    f.safe_r = (f.kind == kDisc ? D / 2 : D / 2 * std::cos(M_PI / n)) - 1;
    f.top_z = f.thick = T;
    faces = f.kind == kDisc ? 3 : n + 2;
  } else if (f.kind == kObround) {
    const double L = grid(rng, 50, 150, 5), W = grid(rng, 20, std::max(20.0, floor_to(0.5 * L, 5)), 5);
    const double T = grid(rng, 6, 20, 1);
    const auto L_ = w.param("length", L, "obround plate");
    const auto W_ = w.param("width", W, "");
    const auto T_ = w.param("thickness", T, "");
    auto c = w.chain("body", w.workplane(), "obround base");
    c.call("slot2D", L_ + ", " + W_ + ", 0").call("extrude", T_);
    f.a = L / 2;
    f.b = W / 2;
    f.safe_r = W / 2 - 1;
    f.top_z = f.thick = T;
    faces = 6;
  } else {
    const double R1 = grid(rng, 25, 70, 1), T1 = grid(rng, 5, 15, 1);
    const double R2 = grid(rng, ceil_to(0.35 * R1, 1), floor_to(0.6 * R1, 1), 1), T2 = grid(rng, 8, 30, 1);
    const auto R1_ = w.param("flange_r", R1, ""), T1_ = w.param("flange_t", T1, "");
    const auto R2_ = w.param("hub_r", R2, ""), T2_ = w.param("hub_h", T2, "hub above the flange");
    auto c = w.chain("body", "cq.Workplane(\"XZ\")", "flanged hub revolved from its half section");
    c.call("polyline", "[(0, 0), (" + R1_ + ", 0), (" + R1_ + ", " + T1_ + "), (" + R2_ + ", " + T1_ + "), (" + R2_ +
                           ", " + T1_ + " + " + T2_ + "), (0, " + T1_ + " + " + T2_ + ")]")
        .call("close")
        .call("revolve", chance(rng, 0.5) ? "" : "360, (0, 0, 0), (0, 1, 0)");
    f.flange_r = R1;
    f.hub_r = R2;
    f.safe_r = R2 - 1;
    f.top_z = T1 + T2;
    f.thick = T1;
    faces = 5;
  }

  // ---- features: choose which, then the order of the cuts ----
  const bool hub = f.kind == kHub;
  bool boss = !hub && f.kind != kObround && chance(rng, 0.35);
  bool center_hole = chance(rng, hub ? 0.9 : 0.6);
  bool pocket = !boss && !hub && chance(rng, 0.45);
  bool pattern = chance(rng, 0.7);
  bool side = (f.kind == kRect) && chance(rng, 0.3);
  if (!center_hole && !pocket && !pattern && !side) pattern = true;
  if (!boss && !center_hole && !pocket && !side && f.kind != kRect && f.kind != kTapered) center_hole = true;

  // Central zone: the radius every central feature fits in; the pattern goes outside it.
  const double zone = hub ? f.hub_r : std::max(6.0, floor_to(0.45 * f.safe_r, 0.5));
  double r_center = 0;  // largest central radius actually used
  if (boss) {
    const double br = grid(rng, 5, std::max(5.0, zone), 0.5), bh = grid(rng, 3, 15, 1);
    const auto br_ = w.param("boss_r", br, "central boss"), bh_ = w.param("boss_h", bh, "");
    auto c = w.chain("body", "body", "central boss on top");
    c.call("faces", "\">Z\"").call("workplane");
    if (chance(rng, 0.6)) c.call("circle", br_), faces += 2;
    else c.call("rect", "2 * " + br_ + ", 2 * " + br_), faces += 5;
    c.call("extrude", bh_);
    r_center = std::max(r_center, br * (std::sqrt(2.0)));
    f.top_z += bh;
  }
  // Subtractive features in a seed-dependent order.
  std::vector<int> order;
  if (center_hole) order.push_back(0);
  if (pocket) order.push_back(1);
  if (pattern) order.push_back(2);
  if (side) order.push_back(3);
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.uniform_int(0, static_cast<int64_t>(i) - 1)]);
  // Sizes are fixed before the order so the zones do not depend on it.
  const double pocket_r = pocket ? grid(rng, 5, std::max(5.0, zone), 0.5) : 0.0;
  const double pocket_d = pocket ? grid(rng, 1, std::max(1.0, std::min(8.0, f.thick - 3)), 0.5) : 0.0;
  const int pocket_shape = static_cast<int>(rng.uniform_int(0, 2));
  const Screw& cs = screw(rng, 1, 4);
  const bool cbore = center_hole && !boss && !hub && chance(rng, 0.35) && f.thick >= cs.cbore_depth + 3 &&
                     cs.cbore_d / 2 <= zone;
  const double hole_d = hub ? floor_to(std::min(0.6 * f.hub_r * 2, 2 * f.hub_r - 6), 1)
                            : std::min(cbore ? cs.clearance : floor_to(grid(rng, 4, std::max(4.0, 1.2 * zone), 1), 1),
                                       2 * (boss ? r_center / std::sqrt(2.0) : zone) - 3);
  if (center_hole) r_center = std::max(r_center, cbore ? cs.cbore_d / 2 : hole_d / 2);
  if (pocket) r_center = std::max(r_center, pocket_r * (pocket_shape == 1 ? std::sqrt(2.0) : 1.0));
  if (hub) r_center = f.hub_r;

  for (int feature : order) {
    if (feature == 0) {
      const auto hd_ = w.param(hub ? "bore_d" : "hole_d", cbore ? cs.clearance : hole_d,
                               cbore ? std::string(cs.name) + " clearance" : "central through hole");
      auto c = w.chain("body", "body", hub ? "through bore" : "central hole");
      c.call("faces", "\">Z\"").call("workplane");
      faces += cbore ? 3 : 1;
      if (cbore) {
        const auto cd_ = w.param("cbore_d", cs.cbore_d, ""), cdp_ = w.param("cbore_depth", cs.cbore_depth, "");
        c.call("cboreHole", hd_ + ", " + cd_ + ", " + cdp_);
      } else if (chance(rng, 0.7)) {
        c.call("hole", hd_);
      } else {
        c.call("circle", hd_ + " / 2").call("cutThruAll");
      }
    } else if (feature == 1) {
      const auto pr_ = w.param("pocket_r", pocket_r, pocket_shape == 1 ? "half width of the square pocket" : "pocket");
      const auto pd_ = w.param("pocket_depth", pocket_d, "");
      auto c = w.chain("body", "body", "shallow pocket in the top face");
      c.call("faces", "\">Z\"").call("workplane");
      if (pocket_shape == 0) c.call("circle", pr_);
      else if (pocket_shape == 1) c.call("rect", "2 * " + pr_ + ", 2 * " + pr_);
      else c.call("slot2D", "2 * " + pr_ + ", " + pr_ + ", 0");
      c.call("cutBlind", "-" + pd_);
      faces += pocket_shape == 0 ? 2 : 5;
    } else if (feature == 2) {
      // Pattern holes outside the central zone and inside the footprint.
      const Screw& s = screw(rng, 0, 3);
      const double d = s.clearance;
      const bool corners4 = (f.kind == kRect || f.kind == kTapered) && chance(rng, 0.6);
      const bool ends2 = f.kind == kObround;
      if (corners4) {
        const double corner = std::min(f.a, f.b) - 1 - f.safe_r;  // 0.3 × the corner radius, if rounded
        const double px = floor_to(f.a - d / 2 - 3 - corner, 0.5), py = floor_to(f.b - d / 2 - 3 - corner, 0.5);
        if (std::min(px, py) - d / 2 < r_center + 2) continue;
        const auto d_ = w.param("bolt_d", d, std::string(s.name) + " clearance");
        const auto px_ = w.param("bolt_x", px, "corner holes at ±x, ±y"), py_ = w.param("bolt_y", py, "");
        auto c = w.chain("body", "body", "four corner holes");
        c.call("faces", "\">Z\"").call("workplane");
        if (chance(rng, 0.5)) c.call("rect", "2 * " + px_ + ", 2 * " + py_ + ", forConstruction=True").call("vertices");
        else c.call("rarray", "2 * " + px_ + ", 2 * " + py_ + ", 2, 2");
        c.call("hole", d_);
        faces += 4;
        continue;
      }
      if (ends2) {
        const double px = f.a - f.b;  // the obround's end centres
        if (px - d / 2 < r_center + 2 || d > 2 * f.b - 6) continue;
        const auto d_ = w.param("end_hole_d", d, std::string(s.name) + " clearance at the rounded ends");
        auto c = w.chain("body", "body", "a hole at each rounded end");
        c.call("faces", "\">Z\"").call("workplane").call("pushPoints", "[(-(length - width) / 2, 0), ((length - width) / 2, 0)]");
        c.call("hole", d_);
        faces += 2;
        continue;
      }
      const double outer = hub ? f.flange_r - 1 : f.safe_r;
      const double lo = r_center + 2 + d / 2, hi = outer - 2 - d / 2;
      if (hi < lo) continue;
      const double rp = floor_to((lo + hi) / 2, 0.5);
      int n = pick(rng, {3, 4, 5, 6, 8});
      while (n > 3 && 2 * M_PI * rp / n < d + 3) --n;
      const auto d_ = w.param("bolt_d", d, std::string(s.name) + " clearance");
      const auto rp_ = w.param("bolt_circle_r", rp, ""), n_ = w.param_int("n_bolts", n, "");
      const std::string face = hub ? "\"<Z\"" : "\">Z\"";
      faces += n;
      const double depth = hub ? f.thick : f.top_z;
      if (w.style().loops) {
        w.use_math();
        w.comment("bolt circle, one cut per hole");
        w.line("for i in range(" + n_ + "):");
        w.line("    a = math.radians(i * 360 / " + n_ + ")");
        w.line("    pin = " + w.workplane() + ".workplane(offset=-1).center(" + rp_ + " * math.cos(a), " + rp_ +
                   " * math.sin(a)).circle(" + d_ + " / 2).extrude(" + num(depth + 2) + ")",
               {"workplane", "center", "circle", "extrude"});
        w.line("    body = body.cut(pin)", {"cut"});
      } else {
        auto c = w.chain("body", "body", hub ? "bolt circle through the flange" : "bolt circle");
        c.call("faces", face).call("workplane").call("polarArray", rp_ + ", 0, 360, " + n_);
        c.call("hole", hub ? d_ + ", " + num(f.thick) : d_);
      }
    } else {
      const double hi = std::min(f.thick - 4, 12.0);
      if (hi < 3) continue;
      const double sd = grid(rng, 3, hi, 0.5);
      const double depth = floor_to(f.a - r_center - 3, 1);
      if (depth < 5) continue;
      const auto sd_ = w.param("side_d", sd, "cross hole in the end face");
      const auto sdp_ = w.param("side_depth", depth, "");
      auto c = w.chain("body", "body", "blind cross hole from one end");
      c.call("faces", pick(rng, {std::string("\"<X\""), std::string("\">X\"")}))
          .call("workplane", "centerOption=\"CenterOfBoundBox\"")
          .call("hole", sd_ + ", " + sdp_);
      faces += 2;
    }
  }

  // ---- edge break last ----
  int brk = static_cast<int>(rng.uniform_int(0, 3));  // 0 none, 1 chamfer top, 2 fillet top, 3 chamfer bottom
  if (faces < 7) brk = 4;  // too few faces: chamfer top and bottom (each adds ≥ 1 face per edge)
  if (brk == 4) {
    auto c = w.chain("body", "body", "chamfer the top and bottom edges");
    c.call("faces", "\">Z\"").call("chamfer", "0.5").step("faces", "\"<Z\"").call("chamfer", "0.5");
  } else if (brk == 1 || brk == 2) {
    auto c = w.chain("body", "body", "break the edges of the top face");
    c.call("faces", "\">Z\"").call(brk == 1 ? "chamfer" : "fillet", "0.5");
  } else if (brk == 3 && !hub) {
    auto c = w.chain("body", "body", "chamfer the bottom edges");
    c.call("faces", "\"<Z\"").call("chamfer", "0.5");
  }
  return "body";
}

}  // namespace cadscribe::synth::freeform
