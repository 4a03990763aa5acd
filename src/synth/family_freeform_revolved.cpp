// synth/family_freeform_revolved.cpp — thin-walled turned parts revolved from a closed outline
// drawn in the XZ plane (x = radius, z = height): a funnel and a nozzle.
//
// The outline is written as a list of (radius, height) points built from the named parameters, so
// the program reads like a drawing. Walls are constant horizontally (the inner cone is the outer
// one shifted by the wall), so they never cross. The outline runs clockwise in (r, z): the engine
// builds an inside-out face from some non-convex counter-clockwise outlines (reported), and the
// clockwise order gives the correct solid for these shapes.
#include <cmath>

#include "synth/family_freeform_util.h"

namespace cadscribe::synth::freeform {

namespace {

// `profile` (a Python list of points) revolved a full turn about the Z axis.
void write_revolve(ProgramWriter& w, base::Rng& rng, const std::string& var, const std::string& comment) {
  auto c = w.chain(var, "cq.Workplane(\"XZ\")", comment);
  c.call("polyline", "profile").call("close");
  if (chance(rng, 0.5)) c.call("revolve");
  else c.call("revolve", "360, (0, 0, 0), (0, 1, 0)");
}

std::string join_points(const std::vector<std::string>& pts) {
  std::string s = "[";
  for (size_t i = 0; i < pts.size(); ++i) s += (i ? ", " : "") + pts[i];
  return s + "]";
}

}  // namespace

std::string gen_funnel(base::Rng& rng, ProgramWriter& w) {
  const double rs = grid(rng, 3, 10, 0.5);
  const double t = pick(rng, {1.2, 1.5, 2.0, 2.5});
  const double ls = grid(rng, 15, 50, 5);
  const double Ri = grid(rng, std::max(25.0, ceil_to(3 * rs, 5)), 80, 5);
  const double half_angle = pick(rng, {30.0, 35.0, 40.0, 45.0, 50.0, 60.0});
  const double hc = ceil_to((Ri - rs) / std::tan(half_angle * M_PI / 180), 1);
  const double hcol = grid(rng, 5, 20, 1);
  const int rim = static_cast<int>(rng.uniform_int(0, 2));  // 0 plain collar, 1 rolled-out lip, 2 hanging tab
  const double lip = grid(rng, 3, 8, 0.5);

  const auto rs_ = w.param("spout_r", rs, "spout inside radius");
  const auto t_ = w.param("wall", t, "wall thickness (horizontal)");
  const auto ls_ = w.param("spout_l", ls, "spout length");
  const auto R_ = w.param("top_r", Ri, "mouth inside radius");
  const auto hc_ = w.param("cone_h", hc, "cone height");
  const auto hcol_ = w.param("collar_h", hcol, "straight collar at the mouth");
  std::string lip_;
  if (rim == 1) lip_ = w.param("lip_w", lip, "lip rolled outwards at the rim");
  const std::string zc = ls_ + " + " + hc_;           // top of the cone
  const std::string zt = zc + " + " + hcol_;          // rim
  std::vector<std::string> pts;
  // Clockwise in (r, z): up the inside, over the rim, down the outside.
  pts.push_back("(" + rs_ + ", 0)");
  pts.push_back("(" + rs_ + ", " + ls_ + ")");
  pts.push_back("(" + R_ + ", " + zc + ")");
  pts.push_back("(" + R_ + ", " + zt + ")");
  if (rim == 1) {
    pts.push_back("(" + R_ + " + " + t_ + " + " + lip_ + ", " + zt + ")");
    pts.push_back("(" + R_ + " + " + t_ + " + " + lip_ + ", " + zt + " - " + t_ + ")");
  }
  pts.push_back("(" + R_ + " + " + t_ + ", " + zt + (rim == 1 ? " - " + t_ : std::string()) + ")");
  pts.push_back("(" + R_ + " + " + t_ + ", " + zc + ")");
  pts.push_back("(" + rs_ + " + " + t_ + ", " + ls_ + ")");
  pts.push_back("(" + rs_ + " + " + t_ + ", 0)");
  w.blank();
  w.comment("half cross-section (radius, height), clockwise");
  w.line("profile = " + join_points(pts));
  write_revolve(w, rng, "funnel", "revolved about the Z axis");

  if (rim == 2) {
    const double tab_l = grid(rng, 12, 20, 1), tab_w = grid(rng, 12, 20, 1);
    const double tab_t = std::max(2.0, t + 0.5);
    const double hole = pick(rng, {5.0, 6.0, 8.0});
    const auto tl = w.param("tab_l", tab_l, "hanging tab, from the middle of the wall");
    const auto tw = w.param("tab_w", tab_w, "");
    const auto tt = w.param("tab_t", tab_t, "");
    const auto th = w.param("tab_hole", std::min({hole, tab_w - 6, tab_l - t - 3}), "");
    {
      auto c = w.chain("tab", w.workplane(), "hanging tab from the middle of the collar wall");
      c.call("workplane", "offset=" + zt + " - " + tt)
          .call("center", R_ + " + " + t_ + " / 2 + " + tl + " / 2, 0")
          .call("rect", tl + ", " + tw)
          .call("extrude", tt)
          .step("faces", "\">Z\"")
          .call("workplane", "centerOption=\"CenterOfBoundBox\"")
          .call("hole", th);
    }
    w.line("funnel = funnel.union(tab)", {"union"});
  }
  return "funnel";
}

std::string gen_nozzle(base::Rng& rng, ProgramWriter& w) {
  const double bore = grid(rng, 3, 12, 0.5);                           // inlet bore radius
  const double r1 = bore + grid(rng, 2, 5, 0.5);                       // spigot outside radius
  const double l1 = grid(rng, 10, 30, 1);                              // spigot length
  const bool hex = chance(rng, 0.5);
  const double r2 = ceil_to(r1 * pick(rng, {1.3, 1.5, 1.7}) + 2, 1);  // collar radius (hex: across flats / 2)
  const double l2 = grid(rng, 6, 15, 1);
  const double tip_bore = grid(rng, 1, std::max(1.0, bore - 1.5), 0.5);
  const double r3 = tip_bore + grid(rng, 1, 2.5, 0.5);
  const double l3 = grid(rng, ceil_to(1.2 * (r2 - r3), 1), ceil_to(3 * (r2 - r3), 1), 1);  // taper length
  const double l4 = grid(rng, 3, 12, 1);                               // straight tip

  const auto bore_ = w.param("bore_r", bore, "inlet bore radius");
  const auto r1_ = w.param("spigot_r", r1, "inlet spigot outside radius");
  const auto l1_ = w.param("spigot_l", l1, "");
  const auto r2_ = w.param(hex ? "hex_af" : "collar_r", hex ? 2 * r2 : r2, hex ? "hex across flats" : "collar radius");
  const auto l2_ = w.param(hex ? "hex_h" : "collar_l", l2, "");
  const auto l3_ = w.param("taper_l", l3, "taper to the tip");
  const auto r3_ = w.param("tip_r", r3, "tip outside radius");
  const auto l4_ = w.param("tip_l", l4, "straight tip");
  const auto tb_ = w.param("orifice_r", tip_bore, "orifice radius, from the collar to the tip");
  const std::string z2 = l1_ + " + " + l2_, z3 = z2 + " + " + l3_, z4 = z3 + " + " + l4_;
  // The bore narrows (45°) to the orifice inside the collar, where the wall is thickest. With a
  // hex the revolved body stays at the spigot radius under the hex, and the taper starts from the
  // hex's inscribed circle.
  const std::string rc = hex ? r2_ + " / 2" : r2_;
  std::vector<std::string> pts = {
      "(" + bore_ + ", 0)",
      "(" + bore_ + ", " + z2 + " - (" + bore_ + " - " + tb_ + "))",
      "(" + tb_ + ", " + z2 + ")",
      "(" + tb_ + ", " + z4 + ")",
      "(" + r3_ + ", " + z4 + ")",
      "(" + r3_ + ", " + z3 + ")",
      "(" + rc + ", " + z2 + ")",
  };
  if (hex) pts.push_back("(" + r1_ + ", " + z2 + ")");
  else pts.push_back("(" + rc + ", " + l1_ + ")"), pts.push_back("(" + r1_ + ", " + l1_ + ")");
  pts.push_back("(" + r1_ + ", 0)");
  w.blank();
  w.comment("half cross-section (radius, height), clockwise: bore up, tip, outside down");
  w.line("profile = " + join_points(pts));
  write_revolve(w, rng, "nozzle", "turned body revolved about the Z axis");
  if (hex) {
    {
      auto c = w.chain("hex", w.workplane(), "hex collar for a spanner, around the spigot");
      c.call("workplane", "offset=" + l1_)
          .call("polygon", "6, " + r2_ + " / math.cos(math.pi / 6)")
          .call("circle", r1_ + " - 1")
          .call("extrude", l2_);
      if (chance(rng, 0.5)) c.step("edges", "\">Z or <Z\"").call("chamfer", "0.5");
    }
    w.use_math();
    w.line("nozzle = nozzle.union(hex)", {"union"});
  } else if (chance(rng, 0.5)) {
    auto c = w.chain("nozzle", "nozzle", "chamfer the inlet end");
    c.call("faces", "\"<Z\"").call("chamfer", "0.5");
  }
  return "nozzle";
}

}  // namespace cadscribe::synth::freeform
