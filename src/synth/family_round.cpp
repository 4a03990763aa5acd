// synth/family_round.cpp — round parts built around a bore: pipe/shaft flanges, keyed hubs and
// flanged sleeve bushings; also registers every round / revolved family (add_round_families).
//
// Each part exists in two equivalent constructions where designers use both: stacked cylinders
// (circle + extrude on the previous top face) or one revolved half-section profile. Wall
// thicknesses, chamfers and hole patterns are constrained so every feature stays in material.
#include <algorithm>
#include <cmath>

#include "synth/family_round_util.h"

namespace cadscribe::synth {
namespace round {
namespace {

// ---------------------------------------------------------------------------------------------
// flange: disc + hub + bore + bolt circle, optional raised face and chamfers.
std::string flange(base::Rng& rng, ProgramWriter& w) {
  const double bore = draw_bore(rng, 10, 50);
  const double hub_d = snap(bore + 2 * std::max(5.0, bore * rng.uniform(0.2, 0.4)), 1);
  const Bolt& bolt = bore <= 16 ? bolts()[static_cast<size_t>(draw_int(rng, 2, 3))]
                     : bore <= 30 ? bolts()[static_cast<size_t>(draw_int(rng, 3, 4))]
                                  : bolts()[static_cast<size_t>(draw_int(rng, 4, 6))];
  const double bc_r = snap(hub_d / 2 + bolt.cbore / 2 + rng.uniform(1, 6), 0.5);
  const double rim = std::max(5.0, bolt.clearance * rng.uniform(0.8, 1.3));
  const double disc_d = std::ceil((2 * bc_r + bolt.clearance + 2 * rim) / 5) * 5;
  int n = pick(rng, std::vector<int>{3, 4, 4, 6, 6, 8});
  while (n > 3 && 2 * bc_r * std::sin(M_PI / n) < bolt.clearance + 4) n = n == 8 ? 6 : n == 6 ? 4 : 3;
  const double t = snap(std::clamp(bolt.clearance * rng.uniform(1.0, 1.8), 6.0, 24.0), 0.5);
  const bool has_hub = chance(rng, 0.8);
  const double hub_h = snap(t * rng.uniform(0.6, 1.6) + 2, 0.5);
  const double rf_max = 2 * bc_r - bolt.clearance - 4;
  const bool has_rf = chance(rng, 0.35) && rf_max > hub_d + 6;
  const double rf_d = has_rf ? snap(rng.uniform(hub_d + 4, rf_max), 1) : 0;
  const double rf_h = pick(rng, std::vector<double>{1.5, 2.0, 3.0});
  const double edge_c = chance(rng, 0.6) ? std::min(pick(rng, std::vector<double>{0.5, 1.0, 1.5, 2.0}), t / 4) : 0;
  const double hub_c = has_hub && chance(rng, 0.6) ? pick(rng, std::vector<double>{0.5, 1.0, 1.5}) : 0;
  const bool revolve = chance(rng, 0.4);

  auto flange_d = w.param("flange_d", disc_d, "outside diameter");
  auto thick = w.param("flange_thickness", t);
  auto bore_d = w.param("bore_d", bore, "through bore");
  std::string hub, hub_height, rfd, rfh;
  if (has_hub) {
    hub = w.param("hub_d", hub_d, "hub outside diameter");
    hub_height = w.param("hub_height", hub_h, "hub height above the flange");
  }
  if (has_rf) {
    rfd = w.param("raised_face_d", rf_d, "sealing face diameter");
    rfh = w.param("raised_face_height", rf_h);
  }
  auto bcd = w.param("bolt_circle_d", 2 * bc_r);
  auto hole_d = w.param("bolt_hole_d", bolt.clearance, std::string(bolt.name) + " clearance");
  auto n_bolts = w.param_int("n_bolts", n);
  std::string ec = edge_c > 0 ? w.param("edge_chamfer", edge_c) : "";
  std::string hc = hub_c > 0 ? w.param("hub_chamfer", hub_c) : "";

  const std::string bolt_face = has_hub ? "\">Z[1]\"" : "\">Z\"";
  if (revolve) {
    // Half cross-section in the XZ plane (x = radius, y = height), revolved about Z.
    std::vector<Pt> p;
    if (has_rf) {
      p.push_back({bore_d + " / 2", "-" + rfh});
      p.push_back({rfd + " / 2", "-" + rfh});
      p.push_back({rfd + " / 2", "0"});
    } else {
      p.push_back({bore_d + " / 2", "0"});
    }
    if (edge_c > 0) {
      p.push_back({flange_d + " / 2 - " + ec, "0"});
      p.push_back({flange_d + " / 2", ec});
      p.push_back({flange_d + " / 2", thick + " - " + ec});
      p.push_back({flange_d + " / 2 - " + ec, thick});
    } else {
      p.push_back({flange_d + " / 2", "0"});
      p.push_back({flange_d + " / 2", thick});
    }
    if (has_hub) {
      const std::string top = thick + " + " + hub_height;
      p.push_back({hub + " / 2", thick});
      if (hub_c > 0) {
        p.push_back({hub + " / 2", top + " - " + hc});
        p.push_back({hub + " / 2 - " + hc, top});
      } else {
        p.push_back({hub + " / 2", top});
      }
      p.push_back({bore_d + " / 2", top});
    } else {
      p.push_back({bore_d + " / 2", thick});
    }
    const bool as_list = chance(rng, 0.6);
    w.comment("half cross-section: x = radius, y = height");
    if (as_list) write_point_list(w, "profile", p);
    CirclePattern pat = circle_pattern(rng, w, "bolt_points", bcd + " / 2", n_bolts);
    auto c = w.chain("flange", w.workplane("XZ"), "revolve the section about the Z axis");
    draw_profile(c, p, as_list, "profile");
    c.call("revolve", chance(rng, 0.5) ? "" : "360, (0, 0, 0), (0, 1, 0)");
    c.step("faces", bolt_face, "bolt circle").call("workplane");
    pat.apply(c);
    c.call("hole", hole_d);
    c.end();
    return "flange";
  }

  CirclePattern pat = circle_pattern(rng, w, "bolt_points", bcd + " / 2", n_bolts);
  auto c = w.chain("flange", w.workplane(), "flange disc");
  c.call("circle", flange_d + " / 2").call("extrude", thick);
  if (edge_c > 0) c.step("edges", "", "break the rim edges").call("chamfer", ec);
  if (has_hub)
    c.step("faces", "\">Z\"", "hub").call("workplane").call("circle", hub + " / 2").call("extrude", hub_height);
  if (has_rf)
    c.step("faces", "\"<Z\"", "raised sealing face")
        .call("workplane")
        .call("circle", rfd + " / 2")
        .call("extrude", rfh);
  c.step("faces", "\">Z\"", "bore").call("workplane").call("hole", bore_d);
  c.step("faces", bolt_face, "bolt circle").call("workplane");
  pat.apply(c);
  c.call("hole", hole_d);
  if (hub_c > 0) c.step("faces", "\">Z\"", "chamfer the hub top").call("chamfer", hc);
  c.end();
  return "flange";
}

// ---------------------------------------------------------------------------------------------
// hub_keyway: cylindrical hub with a keyed bore, optional collar, chamfers and set screw.
std::string hub_keyway(base::Rng& rng, ProgramWriter& w) {
  const double bore = draw_bore(rng, 8, 50);
  const Key key = key_for(bore);
  const double hub_d = snap(bore * rng.uniform(1.6, 2.2) + 8, 1);
  const double len = snap(bore * rng.uniform(0.8, 1.5) + 6, 1);
  const bool has_collar = chance(rng, 0.4);
  const double collar_d = snap(hub_d + rng.uniform(8, 24), 1);
  const double collar_t = snap(std::max(4.0, len * rng.uniform(0.15, 0.3)), 0.5);
  const double wall = (hub_d - bore) / 2;
  const double cham = chance(rng, 0.65) ? std::min(pick(rng, std::vector<double>{0.5, 1.0, 1.5}), snap(wall / 4, 0.5)) : 0;
  const bool set_screw = chance(rng, 0.6);
  const int screw_m = std::clamp(static_cast<int>(wall / 2.2), 3, 8);
  const int body_kind = draw_int(rng, 0, 2);  // 0 solid + hole, 1 annulus sketch, 2 revolved rectangle
  const bool key_by_box = chance(rng, 0.5);

  auto hub = w.param("hub_d", hub_d, "outside diameter");
  auto length = w.param("hub_length", len);
  auto bore_d = w.param("bore_d", bore, "shaft diameter");
  auto key_w = w.param("key_width", key.width, "DIN 6885 key");
  auto key_depth = w.param("key_depth", key.hub_depth, "keyway depth into the hub");
  std::string cd, ct, ch, sd;
  if (has_collar) {
    cd = w.param("collar_d", collar_d);
    ct = w.param("collar_thickness", collar_t);
  }
  if (cham > 0) ch = w.param("chamfer", cham);
  if (set_screw) sd = w.param("set_screw_drill", tap_drill(screw_m), "M" + std::to_string(screw_m) + " tap drill");

  {
    auto c = w.chain("hub", body_kind == 2 ? w.workplane("XZ") : w.workplane(), "hub body");
    if (body_kind == 0) {
      c.call("circle", hub + " / 2").call("extrude", length);
      if (has_collar)
        c.step("faces", "\"<Z\"", "collar at the bottom")
            .call("workplane")
            .call("circle", cd + " / 2")
            .call("extrude", ct);
      c.step("faces", "\">Z\"", "bore").call("workplane").call("hole", bore_d);
    } else if (body_kind == 1) {
      c.call("circle", hub + " / 2").call("circle", bore_d + " / 2").call("extrude", length);
      if (has_collar)
        c.step("faces", "\"<Z\"", "collar at the bottom")
            .call("workplane")
            .call("circle", cd + " / 2")
            .call("circle", bore_d + " / 2")
            .call("extrude", ct);
    } else {
      // Half-section (x = radius, y = height) revolved about Z, collar included.
      if (has_collar) {
        c.call("moveTo", bore_d + " / 2, -" + ct)
            .call("lineTo", cd + " / 2, -" + ct)
            .call("lineTo", cd + " / 2, 0");
      } else {
        c.call("moveTo", bore_d + " / 2, 0");
      }
      c.call("lineTo", hub + " / 2, 0")
          .call("lineTo", hub + " / 2, " + length)
          .call("lineTo", bore_d + " / 2, " + length)
          .call("close")
          .call("revolve");
    }
    if (cham > 0) c.step("faces", "\">Z or <Z\"", "chamfer both ends").call("chamfer", ch);
    if (!key_by_box)
      c.step("faces", "\">Z\"", "keyway")
          .call("workplane")
          .call("moveTo", "0, " + bore_d + " / 2")
          .call("rect", key_w + ", 2 * " + key_depth)
          .call("cutThruAll");
  }
  if (key_by_box) {
    std::string span = has_collar ? "3 * (" + length + " + " + ct + ")" : "3 * " + length;
    w.chain("keyway", w.workplane(), "keyway along the bore")
        .call("box", key_w + ", " + bore_d + " / 2 + " + key_depth + ", " + span + ", centered=(True, False, True)");
    w.chain("hub", "hub").call("cut", "keyway");
  }
  if (set_screw) {
    // Over the keyway only when the drill is clearly narrower or wider than the key (a drill
    // as wide as the keyway would touch its walls along a line).
    const bool over_key = chance(rng, 0.5) && std::abs(tap_drill(screw_m) - key.width) > 0.5;
    w.chain("screw_hole", over_key ? w.workplane("XZ") : w.workplane("YZ"),
            over_key ? "set screw over the keyway" : "set screw from the side")
        .call("center", "0, " + length + " / 2")
        .call("circle", sd + " / 2")
        .call("extrude", over_key ? "-" + hub : hub);
    w.chain("hub", "hub").call("cut", "screw_hole");
  }
  return "hub";
}

// ---------------------------------------------------------------------------------------------
// bushing: flanged sleeve bushing, revolved half-section with chamfers and optional grooves.
std::string bushing(base::Rng& rng, ProgramWriter& w) {
  const double bore = draw_bore(rng, 6, 40);
  const double wall = snap(std::clamp(bore * rng.uniform(0.12, 0.25), 1.5, 6.0), 0.5);
  const double outer = bore + 2 * wall;
  const double collar_d = snap(outer + rng.uniform(4, 14), 1);
  const double collar_t = snap(std::clamp(wall * rng.uniform(0.8, 1.5), 1.5, 6.0), 0.5);
  const double len = std::max(snap(bore * rng.uniform(0.8, 2.0), 1), collar_t + 8);
  const double c_in = wall >= 3 ? pick(rng, std::vector<double>{0.5, 1.0}) : 0.5;
  const double c_out = chance(rng, 0.7) ? (wall >= 3 ? pick(rng, std::vector<double>{0.5, 1.0}) : 0.5) : 0;
  const bool revolve = chance(rng, 0.65);
  const bool oil_groove = revolve && chance(rng, 0.4);
  const bool clip_groove = revolve && wall >= 3 && chance(rng, 0.35);
  const double groove_w = snap(std::clamp(len * 0.1, 1.5, 5.0), 0.5);
  const double groove_depth = snap(std::max(0.5, wall * 0.3), 0.25);
  const double clip_w = pick(rng, std::vector<double>{1.1, 1.3, 1.6});
  const double clip_z = snap(c_out + rng.uniform(1.5, 3.5), 0.5);
  const double oil_d = snap(std::clamp(wall * 0.8, 2.0, 4.0), 0.5);
  // The oil hole feeds the bore groove (at mid-length) or sits mid-way along the sleeve; it must
  // exit below the collar and keep clear of the ring groove (touching faces make bad booleans).
  const double oil_z = oil_groove ? len / 2 : (len - collar_t) / 2, oil_r = oil_d / 2;
  bool oil_hole = chance(rng, 0.4) && oil_z + oil_r + 1 <= len - collar_t;
  if (clip_groove) oil_hole = oil_hole && (oil_z - oil_r >= clip_z + clip_w + 1 || oil_z + oil_r <= clip_z - 1);
  if (oil_groove) oil_hole = oil_hole && std::abs(oil_r - groove_w / 2) > 0.25;

  auto bore_d = w.param("bore_d", bore, "shaft diameter (running fit)");
  auto outer_d = w.param("outer_d", outer, "press-fit diameter");
  auto cd = w.param("collar_d", collar_d);
  auto ct = w.param("collar_thickness", collar_t);
  auto length = w.param("length", len, "overall length including the collar");
  auto ci = w.param("bore_chamfer", c_in, "lead-in chamfer");
  std::string co = c_out > 0 ? w.param("end_chamfer", c_out) : "";
  std::string gw, gd, clw, clz, od;
  if (oil_groove || clip_groove) gd = w.param("groove_depth", groove_depth);
  if (oil_groove) gw = w.param("oil_groove_w", groove_w, "grease groove in the bore");
  if (clip_groove) {
    clw = w.param("clip_groove_w", clip_w, "retaining ring groove");
    clz = w.param("clip_groove_z", clip_z, "distance from the free end");
  }
  if (oil_hole) od = w.param("oil_hole_d", oil_d, "lubrication hole");

  if (revolve) {
    std::vector<Pt> p;
    p.push_back({bore_d + " / 2 + " + ci, "0"});
    if (c_out > 0) {
      p.push_back({outer_d + " / 2 - " + co, "0"});
      p.push_back({outer_d + " / 2", co});
    } else {
      p.push_back({outer_d + " / 2", "0"});
    }
    if (clip_groove) {
      p.push_back({outer_d + " / 2", clz});
      p.push_back({outer_d + " / 2 - " + gd, clz});
      p.push_back({outer_d + " / 2 - " + gd, clz + " + " + clw});
      p.push_back({outer_d + " / 2", clz + " + " + clw});
    }
    p.push_back({outer_d + " / 2", length + " - " + ct});
    p.push_back({cd + " / 2", length + " - " + ct});
    p.push_back({cd + " / 2", length});
    p.push_back({bore_d + " / 2 + " + ci, length});
    p.push_back({bore_d + " / 2", length + " - " + ci});
    if (oil_groove) {
      const std::string z0 = "(" + length + " - " + gw + ") / 2";
      p.push_back({bore_d + " / 2", z0 + " + " + gw});
      p.push_back({bore_d + " / 2 + " + gd, z0 + " + " + gw});
      p.push_back({bore_d + " / 2 + " + gd, z0});
      p.push_back({bore_d + " / 2", z0});
    }
    p.push_back({bore_d + " / 2", ci});
    const bool as_list = chance(rng, 0.6);
    w.comment("half section: x = radius, y = height; the collar is on top");
    if (as_list) write_point_list(w, "section", p);
    auto c = w.chain("bushing", w.workplane("XZ"), "revolve about the Z axis");
    draw_profile(c, p, as_list, "section");
    c.call("revolve", chance(rng, 0.5) ? "" : "360, (0, 0, 0), (0, 1, 0)");
  } else {
    auto c = w.chain("bushing", w.workplane(), "sleeve");
    c.call("circle", outer_d + " / 2").call("extrude", length + " - " + ct);
    c.step("faces", "\">Z\"", "collar")
        .call("workplane")
        .call("circle", cd + " / 2")
        .call("extrude", ct);
    c.step("faces", "\">Z\"", "bore").call("workplane").call("hole", bore_d);
    c.step("faces", "\">Z\"", "lead-in chamfer on the bore")
        .call("edges", "cq.selectors.RadiusNthSelector(0)")
        .call("chamfer", ci);
    if (c_out > 0)
      c.step("faces", "\"<Z\"", "chamfer the free end").call("chamfer", co);
  }
  if (oil_hole) {
    w.chain("oil", w.workplane("YZ"), oil_groove ? "oil hole into the groove" : "radial oil hole through one wall")
        .call("center", oil_groove ? "0, " + length + " / 2" : "0, (" + length + " - " + ct + ") / 2")
        .call("circle", od + " / 2")
        .call("extrude", cd);
    w.chain("bushing", "bushing").call("cut", "oil");
  }
  return "bushing";
}

}  // namespace
}  // namespace round
}  // namespace cadscribe::synth

namespace cadscribe::synth {

namespace round {
void add_round_disc_families(std::vector<Family>& out) {
  out.push_back({"flange", "Flange with hub, through bore and bolt circle", &flange});
  out.push_back({"hub_keyway", "Cylindrical hub with a keyed bore and optional collar and set screw", &hub_keyway});
  out.push_back({"bushing", "Flanged sleeve bushing with chamfers and optional grooves and oil hole", &bushing});
}
}  // namespace round

void add_round_families(std::vector<Family>& out) {
  round::add_round_disc_families(out);
  round::add_round_shaft_families(out);
  round::add_round_pulley_families(out);
  round::add_round_toothed_families(out);
  round::add_round_housing_families(out);
}

}  // namespace cadscribe::synth
