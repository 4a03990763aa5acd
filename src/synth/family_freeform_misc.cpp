// synth/family_freeform_misc.cpp — an angle bracket stiffened by gussets, and open rings (a
// retaining ring with lugs, a split clamp collar).
//
// Validity rules kept here: holes and slots in the bracket legs sit beyond the gussets' reach (a
// through cut never meets a gusset), lugs overlap the ring by ≥ 0.5 mm and are never tangent to
// its circles, and the ring's gap stays clear of the lugs, so cuts never split the part.
#include <cmath>

#include "synth/family_freeform_util.h"

namespace cadscribe::synth::freeform {

std::string gen_bracket_gusset(base::Rng& rng, ProgramWriter& w) {
  const double L = grid(rng, 40, 120, 5), H = grid(rng, 40, 120, 5);
  const double W = grid(rng, 25, 100, 5);
  const double t = pick(rng, {3.0, 4.0, 5.0, 6.0});
  const Screw& s = screw(rng, 2, 4);
  const double d = s.clearance;
  const double g_hi = std::max(8.0, std::min(0.6 * std::min(L, H), std::min(L, H) - t - d - 10));
  const double g = grid(rng, std::min(g_hi, std::max(8.0, ceil_to(0.3 * std::min(L, H), 1))), g_hi, 1);
  const double gt = std::min(t, pick(rng, {3.0, 4.0, 5.0}));
  const int n_g = W >= 50 ? static_cast<int>(rng.uniform_int(1, 2)) : 1;
  const bool inner_fillet = chance(rng, 0.4);
  const bool round_ends = chance(rng, 0.4);
  const bool base_slots = chance(rng, 0.5), wall_slots = chance(rng, 0.4);
  // Holes beyond the gussets: x in [t + g + 2, L - 2] on the base, z in [t + g + 2, H - 2] upright.
  const double xb = std::round((t + g + L) / 2 * 2) / 2, zb = std::round((t + g + H) / 2 * 2) / 2;
  const double room_b = L - t - g - 4 - d, room_w = H - t - g - 4 - d;
  const double slot_b = base_slots ? floor_to(std::min(room_b, 3.0 * d), 1) : 0.0;
  const double slot_w = wall_slots ? floor_to(std::min(room_w, 3.0 * d), 1) : 0.0;
  const bool two_rows = W >= 4 * d + 16;
  const double yh = two_rows ? floor_to(W / 2 - d / 2 - std::max(4.0, 0.15 * W), 0.5) : 0.0;

  const auto L_ = w.param("base_l", L, "horizontal leg");
  const auto H_ = w.param("upright_h", H, "vertical leg");
  const auto W_ = w.param("width", W, "");
  const auto t_ = w.param("thickness", t, "");
  const auto g_ = w.param("gusset_leg", g, "gusset leg length");
  const auto gt_ = w.param("gusset_t", gt, "gusset thickness");
  const auto d_ = w.param("hole_d", d, std::string(s.name) + " clearance");
  std::string yh_;
  if (two_rows) yh_ = w.param("hole_y", yh, "holes either side of the middle");
  std::string sb_, sw_;
  if (slot_b >= 2) sb_ = w.param("base_slot", slot_b, "adjustment slot travel, base");
  if (slot_w >= 2) sw_ = w.param("upright_slot", slot_w, "adjustment slot travel, upright");

  w.blank();
  {
    auto c = w.chain("bracket", "cq.Workplane(\"XZ\")", "L profile extruded symmetrically along Y");
    c.call("polyline", "[(0, 0), (" + L_ + ", 0), (" + L_ + ", " + t_ + "), (" + t_ + ", " + t_ + "), (" + t_ + ", " + H_ +
                           "), (0, " + H_ + ")]")
        .call("close")
        .call("extrude", W_ + " / 2, both=True");
    if (round_ends) {
      c.step("edges", "\"|Y and >X\"", "round the free ends of both legs").call("fillet", t_ + " / 2 - 0.5");
      c.step("edges", "\"|Y and >Z\"").call("fillet", t_ + " / 2 - 0.5");
    }
    if (inner_fillet)
      c.step("edges", "cq.selectors.NearestToPointSelector((" + t_ + ", 0, " + t_ + "))", "inside corner radius")
          .call("fillet", t_);
  }
  const std::string tri = "[(" + t_ + ", " + t_ + "), (" + t_ + " + " + g_ + ", " + t_ + "), (" + t_ + ", " + t_ + " + " +
                          g_ + ")]";
  if (n_g == 1) {
    {
      auto c = w.chain("gusset", "cq.Workplane(\"XZ\")", "triangular gusset in the middle");
      c.call("polyline", tri).call("close").call("extrude", gt_ + " / 2, both=True");
    }
    w.line("bracket = bracket.union(gusset)", {"union"});
  } else {
    const double yg = W / 2 - gt / 2 - pick(rng, {0.0, 3.0, 5.0});
    const auto yg_ = w.param("gusset_y", yg, "gusset positions ±y");
    if (w.style().loops) {
      w.comment("a gusset near each end");
      w.line("for y in (-" + yg_ + ", " + yg_ + "):");
      w.line("    gusset = cq.Workplane(\"XZ\", origin=(0, y, 0)).polyline(" + tri + ").close().extrude(" + gt_ +
                 " / 2, both=True)",
             {"polyline", "close", "extrude"});
      w.line("    bracket = bracket.union(gusset)", {"union"});
    } else {
      {
        auto c = w.chain("gusset", "cq.Workplane(\"XZ\", origin=(0, " + yg_ + ", 0))", "a gusset near each end (mirrored)");
        c.call("polyline", tri).call("close").call("extrude", gt_ + " / 2, both=True");
      }
      w.line("bracket = bracket.union(gusset).union(gusset.mirror(\"XZ\"))", {"union", "mirror"});
    }
  }
  // Base leg: holes or slots along X, through the leg from below.
  const auto xb_ = w.param("base_hole_x", xb, "beyond the gussets");
  const auto zb_ = w.param("upright_hole_z", zb, "above the gussets");
  const std::string pts_b = two_rows ? "[(" + xb_ + ", " + yh_ + "), (" + xb_ + ", -" + yh_ + ")]" : "[(" + xb_ + ", 0)]";
  const std::string pts_w = two_rows ? "[(" + yh_ + ", " + zb_ + "), (-" + yh_ + ", " + zb_ + ")]" : "[(0, " + zb_ + ")]";
  {
    auto c = w.chain("bracket", "bracket", slot_b >= 2 ? "slots in the base leg" : "holes in the base leg");
    c.call("faces", "\"<Z\"").call("workplane").call("pushPoints", pts_b);
    if (slot_b >= 2) c.call("slot2D", sb_ + " + " + d_ + ", " + d_ + ", 0").call("cutThruAll");
    else c.call("hole", d_);
  }
  {
    auto c = w.chain("bracket", "bracket", slot_w >= 2 ? "slots in the upright" : "holes in the upright");
    c.call("faces", "\"<X\"").call("workplane").call("pushPoints", pts_w);
    if (slot_w >= 2) c.call("slot2D", sw_ + " + " + d_ + ", " + d_ + ", 90").call("cutThruAll");
    else c.call("hole", d_);
  }
  return "bracket";
}

namespace {

std::string gen_retaining_ring(base::Rng& rng, ProgramWriter& w) {
  const double ro = grid(rng, 10, 60, 1);
  const double b = grid(rng, std::max(1.5, ceil_to(0.1 * ro, 0.5)), std::max(2.0, floor_to(0.18 * ro, 0.5)), 0.5);
  const double ri = ro - b;
  const double t = pick(rng, {1.0, 1.5, 2.0, 2.5, 3.0});
  const bool ecc = chance(rng, 0.5);
  const double e = ecc ? std::max(0.5, floor_to(0.3 * b, 0.5)) : 0.0;
  const double lr = grid(rng, std::max(2.5, ceil_to(b, 0.5)), std::max(2.5, ceil_to(b, 0.5)) + 2, 0.5);
  const double gap = grid(rng, std::max(2.0, ceil_to(0.15 * ro, 0.5)), std::max(2.0, floor_to(0.3 * ro, 0.5)), 0.5);
  const double rm = ri + e + lr + 0.5;                 // lug centre radius
  const double yc = gap / 2 + lr + 1.0;                // lug centre height off the gap's axis
  const double xc = std::sqrt(std::max(rm * rm - yc * yc, 1.0));
  const double hole = std::max(1.0, floor_to(2 * (lr - 1.2), 0.5));

  const auto ro_ = w.param("outer_d", 2 * ro, "free outside diameter");
  const auto ri_ = w.param("inner_d", 2 * ri, "inside diameter");
  const auto t_ = w.param("thickness", t, "");
  std::string e_;
  if (ecc) e_ = w.param("eccentricity", e, "ring narrows towards the gap");
  const auto gap_ = w.param("gap", gap, "opening between the lugs");
  const auto lr_ = w.param("lug_r", lr, "lug radius");
  const auto lx_ = w.param("lug_x", floor_to(xc * 100, 1) / 100, "lug centres (±lug_y)");
  const auto ly_ = w.param("lug_y", yc, "");
  const auto h_ = w.param("plier_hole", hole, "holes for circlip pliers");
  const std::string lugs = "[(" + lx_ + ", " + ly_ + "), (" + lx_ + ", -" + ly_ + ")]";
  w.blank();
  {
    auto c = w.chain("ring", w.workplane(), ecc ? "eccentric ring: the bore is offset towards the gap" : "flat ring");
    if (ecc) {
      c.call("circle", ro_ + " / 2")
          .call("extrude", t_)
          .step("faces", "\">Z\"")
          .call("workplane")
          .call("center", e_ + ", 0")
          .call("hole", ri_);
    } else {
      c.call("circle", ro_ + " / 2").call("circle", ri_ + " / 2").call("extrude", t_);
    }
  }
  {
    auto c = w.chain("lugs", w.workplane(), "lugs either side of the gap");
    c.call("pushPoints", lugs).call("circle", lr_).call("extrude", t_);
  }
  w.line("ring = ring.union(lugs)", {"union"});
  {
    auto c = w.chain("ring", "ring", "open the ring between the lugs, then drill the lugs");
    c.call("faces", "\">Z\"")
        .call("workplane")
        .call("center", "(" + ri_ + " + " + ro_ + ") / 4 + " + lr_ + ", 0")
        .call("rect", "(" + ro_ + " - " + ri_ + ") / 2 + 2 * " + lr_ + " + 4, " + gap_)
        .call("cutThruAll")
        .step("faces", "\">Z\"")
        .call("workplane")
        .call("pushPoints", lugs)
        .call("hole", h_);
  }
  return "ring";
}

std::string gen_clamp_collar(base::Rng& rng, ProgramWriter& w) {
  const double bore = pick(rng, {8.0, 10.0, 12.0, 15.0, 16.0, 20.0, 25.0, 30.0, 35.0, 40.0});
  const double wall = grid(rng, 5, 10, 0.5);
  const double od = bore + 2 * wall;
  const double width = grid(rng, 8, 20, 1);
  const Screw& s = screw(rng, 1, bore >= 20 ? 4 : 3);
  const double lug_w = ceil_to(s.cbore_d + 4, 1);
  const double lug_l = ceil_to(s.cbore_d + 4, 1);
  const double slit = pick(rng, {1.0, 1.5, 2.0});
  const bool cbore = chance(rng, 0.5) && lug_w / 2 - slit / 2 > s.cbore_depth + 2;
  const bool chamfer = chance(rng, 0.5);

  const auto bore_ = w.param("bore", bore, "shaft diameter");
  const auto od_ = w.param("od", od, "collar outside diameter");
  const auto w_ = w.param("width", width, "axial width");
  const auto ll_ = w.param("lug_l", lug_l, "clamp lug beyond the collar");
  const auto lw_ = w.param("lug_w", lug_w, "");
  const auto sl_ = w.param("slit", slit, "clamping slit");
  const auto sd_ = w.param("screw_d", s.clearance, std::string(s.name) + " clamp screw");
  std::string cd_, cdep_;
  if (cbore) {
    cd_ = w.param("cbore_d", s.cbore_d, "");
    cdep_ = w.param("cbore_depth", s.cbore_depth, "");
  }
  w.blank();
  {
    auto c = w.chain("collar", w.workplane(), "collar ring with a lug for the clamp screw");
    c.call("circle", od_ + " / 2").call("circle", bore_ + " / 2").call("extrude", w_);
    if (chamfer) c.step("edges", "\"%CIRCLE\"", "break the ring edges").call("chamfer", "0.5");
  }
  {
    auto c = w.chain("lug", w.workplane(), "");
    c.call("center", od_ + " / 2 + " + ll_ + " / 2 - 2, 0").call("rect", ll_ + " + 4, " + lw_).call("extrude", w_);
  }
  w.line("collar = collar.union(lug)", {"union"});
  {
    auto c = w.chain("collar", "collar", "slit through the lug into the bore");
    c.call("faces", "\">Z\"")
        .call("workplane")
        .call("center", "(" + bore_ + " / 2 + " + od_ + " / 2 + " + ll_ + ") / 2, 0")
        .call("rect", od_ + " / 2 - " + bore_ + " / 2 + " + ll_ + " + 2, " + sl_)
        .call("cutThruAll");
  }
  {
    auto c = w.chain("collar", "collar", "clamp screw across the slit");
    c.call("faces", "\">Y\"").call("workplane", "centerOption=\"CenterOfBoundBox\"");
    if (cbore) c.call("cboreHole", sd_ + ", " + cd_ + ", " + cdep_);
    else c.call("hole", sd_);
  }
  return "collar";
}

}  // namespace

std::string gen_clip_ring(base::Rng& rng, ProgramWriter& w) {
  if (chance(rng, 0.6)) return gen_retaining_ring(rng, w);
  return gen_clamp_collar(rng, w);
}

}  // namespace cadscribe::synth::freeform
