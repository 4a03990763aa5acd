// Prismatic bent and extruded-section families: l_bracket, u_channel, hinge_leaf, snap_hook.
// Profiles are drawn on a named plane with the part's outer corner at the global origin, and
// face workplanes are placed with origin=(0, 0, 0) (the global origin projected onto the face), so
// hole positions are distances from that corner whatever plane the chain was started on.
#include <algorithm>
#include <cmath>

#include "synth/family.h"
#include "synth/family_prismatic_util.h"

namespace cadscribe::synth {
namespace prismatic {
namespace {

std::string l_bracket(base::Rng& rng, ProgramWriter& w) {
  const double t = pick(rng, {3.0, 4.0, 5.0, 6.0, 8.0});
  const double width = grid(rng, 20, 80, 5);
  const double leg_a = grid(rng, std::max(30.0, 5 * t), 100, 5);  // horizontal (X)
  const double leg_b = grid(rng, std::max(30.0, 5 * t), 90, 5);   // vertical (Z)
  const double r_in = chance(rng, 0.6) ? grid(rng, std::max(1.0, floor_to(t / 2, 0.5)), 1.5 * t, 0.5) : 0;
  int gusset = static_cast<int>(rng.uniform_int(0, 2));  // 0 none, 1 centre, 2 both ends
  const double g_t = gusset ? std::min(t, 5.0) : 0;
  if (gusset == 1 && width / 2 - g_t / 2 < 3.4 + 5) gusset = 2;  // no room for holes beside a centre rib
  const double g_leg = gusset ? floor_to(std::min(leg_a, leg_b) * rng.uniform(0.4, 0.7), 1) : 0;
  // Holes in the legs: two across the width (one when the middle is free), clear of gussets.
  const double free_y = width / 2 - (gusset == 2 ? g_t : 0);
  const int64_t screw_hi = largest_screw_for(std::min(free_y - (gusset == 1 ? g_t / 2 : 0), (std::min(leg_a, leg_b) - t - r_in) / 2), 2.5);
  const Screw& screw = pick_screw(rng, 0, std::min<int64_t>(4, screw_hi));
  const double c = screw.clearance;
  const double y_lo = (gusset == 1 ? g_t / 2 : 0) + c / 2 + 2, y_hi = free_y - c / 2 - 2;
  const bool single = gusset != 1 && (y_hi < y_lo + 0.5 || width < 4 * c + 12 || chance(rng, 0.3));
  const double y_off = floor_to((y_lo + y_hi) / 2, 0.5);
  const double x_hole = floor_to((t + r_in + leg_a) / 2, 0.5), z_hole = floor_to((t + r_in + leg_b) / 2, 0.5);
  const bool slot = chance(rng, 0.35) && leg_b - t - r_in >= 3 * c + 12;
  const bool two_boxes = chance(rng, 0.4);

  const auto T = w.param("thickness", t, "sheet thickness");
  const auto WD = w.param("width", width, "bracket width (Y)");
  const auto LA = w.param("base_length", leg_a, "horizontal leg (X)");
  const auto LB = w.param("height", leg_b, "vertical leg (Z)");
  const auto D = w.param("hole_diameter", c, std::string(screw.name) + " clearance");
  const auto HX = w.param("base_hole_x", x_hole, "from the outer corner");
  const auto HZ = w.param("upright_hole_z", z_hole, "from the outer corner");
  std::string HY, SL;
  if (!single) HY = w.param("hole_offset_y", y_off, "holes at +/- this from the middle");
  if (slot) SL = w.param("slot_length", grid(rng, 2 * c + 4, std::max(2 * c + 4, floor_to(leg_b - t - r_in - c - 8, 1)), 1), "vertical adjustment");
  std::string R;
  if (r_in > 0) R = w.param("bend_radius", r_in, "inner fillet");

  // XZ looks along -Y: the profile starts at +width / 2 and is extruded once across the width.
  auto b = w.chain("bracket", two_boxes ? w.workplane() : "cq.Workplane(\"XZ\", origin=(0, " + WD + " / 2, 0))", "L profile");
  if (two_boxes) {
    b.call("box", LA + ", " + WD + ", " + T + ", centered=(False, True, False)");
    b.step("union", "cq.Workplane(\"XY\").box(" + T + ", " + WD + ", " + LB + ", centered=(False, True, False))", "upright leg");
  } else {
    w.param_expr("profile", "[(0, 0), (" + LA + ", 0), (" + LA + ", " + T + "), (" + T + ", " + T + "), (" + T + ", " + LB + "), (0, " + LB + ")]",
                 "L section in XZ");
    b.call("polyline", "profile").call("close").call("extrude", WD);
  }
  if (r_in > 0)
    b.step("edges", "cq.selectors.NearestToPointSelector((" + T + ", 0, " + T + "))", "round the inside of the bend").call("fillet", R);
  const std::string pts_base = single ? "[(" + HX + ", 0)]" : "[(" + HX + ", -" + HY + "), (" + HX + ", " + HY + ")]";
  b.step("faces", "\"<Z\"", "holes in the base leg").call("workplane", "origin=(0, 0, 0)").call("pushPoints", pts_base).call("hole", D);
  // On the "<X" face the workplane's x axis is -Y and its y axis is +Z.
  const std::string pts_up = single ? "[(0, " + HZ + ")]" : "[(-" + HY + ", " + HZ + "), (" + HY + ", " + HZ + ")]";
  b.step("faces", "\"<X\"", slot ? "adjustment slots in the upright" : "holes in the upright").call("workplane", "origin=(0, 0, 0)").call("pushPoints", pts_up);
  if (slot)
    b.call("slot2D", SL + ", " + D + ", 90").call("cutThruAll");
  else
    b.call("hole", D);
  b.end();

  if (gusset) {
    const auto GT = w.param("gusset_thickness", g_t);
    const auto GL = w.param("gusset_leg", g_leg);
    w.blank();
    w.param_expr("gusset_profile", "[(" + T + ", " + T + "), (" + T + " + " + GL + ", " + T + "), (" + T + ", " + T + " + " + GL + ")]");
    if (gusset == 1) {
      w.chain("gusset", "cq.Workplane(\"XZ\", origin=(0, " + GT + " / 2, 0))", "stiffening rib in the middle")
          .call("polyline", "gusset_profile").call("close").call("extrude", GT);
    } else {
      w.chain("gusset", "cq.Workplane(\"XZ\", origin=(0, " + WD + " / 2, 0))", "ribs at both ends")
          .call("polyline", "gusset_profile").call("close").call("extrude", GT)
          .step("mirror", "\"XZ\", union=True", "second rib");
    }
    w.chain("bracket", "bracket").call("union", "gusset");
  }
  return "bracket";
}

// ---------------------------------------------------------------------------------------------
std::string u_channel(base::Rng& rng, ProgramWriter& w) {
  const double t = pick(rng, {2.0, 3.0, 4.0, 5.0, 6.0});
  const double b = grid(rng, std::max(20.0, 6 * t), 80, 5);  // outer width (Y)
  const double h = grid(rng, std::max(15.0, 4 * t), 60, 5);  // outer height (Z)
  const double length = grid(rng, 60, 300, 10);
  const Screw& screw = pick_screw(rng, 0, std::min(4, largest_screw_for(b - 2 * t, 3)));
  const double c = screw.clearance;
  const int64_t fit = std::max<int64_t>(2, static_cast<int64_t>((length - 20) / std::max(15.0, 3 * c)) + 1);
  const int n = static_cast<int>(std::min(rng.uniform_int(2, 6), fit));
  const double pitch = floor_to((length - 2 * std::max(10.0, 2 * c)) / (n - 1), 0.5);
  const bool slots = chance(rng, 0.3);
  const bool cross = h - 2 * t - 4 >= 3.4 && chance(rng, 0.5);
  const bool via_cut = chance(rng, 0.4);

  const auto L = w.param("length", length, "channel length (X)");
  const auto B = w.param("width", b, "outer width");
  const auto H = w.param("height", h, "outer height");
  const auto T = w.param("wall", t, "wall thickness");
  const auto D = w.param("hole_diameter", c, std::string(screw.name) + " clearance");
  const auto P = w.param("hole_pitch", pitch);
  std::string SL;
  if (slots) SL = w.param("slot_length", grid(rng, c + 4, std::max(c + 4, std::min(floor_to(pitch - c - 4, 1), 30.0)), 1));

  auto ch = w.chain("channel", via_cut ? w.workplane() : w.workplane("YZ"), "U section");
  if (via_cut) {
    ch.call("box", L + ", " + B + ", " + H + ", centered=(False, True, False)");
    ch.step("faces", "\">Z\"", "hollow out the channel").call("workplane", "centerOption=\"CenterOfBoundBox\"")
        .call("rect", L + " + 2, " + B + " - 2 * " + T).call("cutBlind", "-(" + H + " - " + T + ")");
  } else {
    w.param_expr("section", "[(-" + B + " / 2, 0), (" + B + " / 2, 0), (" + B + " / 2, " + H + "), (" + B + " / 2 - " + T + ", " + H + "), (" + B +
                                " / 2 - " + T + ", " + T + "), (-" + B + " / 2 + " + T + ", " + T + "), (-" + B + " / 2 + " + T + ", " + H + "), (-" + B +
                                " / 2, " + H + ")]",
                 "U section in YZ");
    ch.call("polyline", "section").call("close").call("extrude", L);
  }
  ch.step("faces", "\"<Z\"", "fixing holes along the web").call("workplane", "centerOption=\"CenterOfBoundBox\"");
  ch.call("rarray", P + ", 1.0, " + std::to_string(n) + ", 1");
  if (slots)
    ch.call("slot2D", SL + ", " + D).call("cutThruAll");
  else
    ch.call("hole", D);
  if (cross) {
    const Screw& pin = pick_screw(rng, 0, std::min(3, largest_screw_for(h - 2 * t, 2)));
    const auto PD = w.param("pin_hole_diameter", pin.clearance, "cross hole through both flanges");
    const auto PX = w.param("pin_hole_x", floor_to(length / 2 - std::max(10.0, 2 * c) / 2, 0.5), "from the middle");
    ch.step("faces", "\">Y\"", "cross holes through both flanges").call("workplane", "centerOption=\"CenterOfBoundBox\"");
    ch.call("pushPoints", "[(-" + PX + ", " + format_number(t / 2) + "), (" + PX + ", " + format_number(t / 2) + ")]").call("hole", PD);
  }
  ch.end();
  return "channel";
}

// ---------------------------------------------------------------------------------------------
std::string hinge_leaf(base::Rng& rng, ProgramWriter& w) {
  const double t = pick(rng, {2.0, 2.5, 3.0, 4.0});
  const double pin = pick(rng, {3.0, 4.0, 5.0, 6.0});
  const double knuckle_d = std::ceil((pin + 2 * std::max(t, 1.5)) * 2) / 2;
  const Screw& screw = pick_screw(rng, 0, 1);
  const bool csk = t >= (screw.csk_d - screw.clearance) / 2 + 0.5;
  const double head = csk ? screw.csk_d : screw.clearance;
  const double length = grid(rng, std::max(30.0, std::ceil(3 * knuckle_d / 5) * 5), 100, 5);
  const double w_min = std::max(20.0, std::ceil((knuckle_d / 2 + head + 10) / 5) * 5);
  const double width = grid(rng, w_min, std::max(w_min, 50.0), 5);
  const int knuckles = pick(rng, {1, 3, 3, 5});  // of the assembled hinge; this leaf holds the odd ones
  const double seg = length / knuckles;
  const double free_hi = width / 2 - knuckle_d / 2 - 0.5;  // leaf edge beside the mating knuckles
  const double y_c = floor_to((-width / 2 + free_hi) / 2, 0.5);
  const double inset = std::ceil(head / 2 + 3);
  const int n = length - 2 * inset >= 2 * (head + 12) && chance(rng, 0.4) ? 3 : 2;

  const auto L = w.param("length", length, "along the pin axis (X)");
  const auto WD = w.param("leaf_width", width);
  const auto T = w.param("thickness", t, "leaf thickness");
  const auto KD = w.param("knuckle_diameter", knuckle_d);
  const auto PD = w.param("pin_diameter", pin);
  const auto D = w.param("screw_hole", screw.clearance, std::string(screw.name) + " clearance");
  std::string CSK;
  if (csk) CSK = w.param("csk_diameter", screw.csk_d, "90 degree countersink");
  const auto HP = w.param("hole_pitch", floor_to((length - 2 * inset) / (n - 1), 0.5));
  const auto HY = w.param("hole_row_y", y_c, "hole row, clear of the knuckle");
  std::string R;
  if (chance(rng, 0.6)) R = w.param("corner_radius", grid(rng, 2, std::min(5.0, floor_to(std::min(inset, y_c + width / 2), 0.5)), 0.5));

  auto holes = [&](Chain& c) {
    c.call("center", "0, " + HY).call("rarray", HP + ", 1.0, " + std::to_string(n) + ", 1");
    if (csk)
      c.call("cskHole", D + ", " + CSK + ", 90");
    else
      c.call("hole", D);
  };
  auto cut_gaps = [&] {
    if (knuckles == 1) return;
    Points gaps;
    for (int i = 1; i < knuckles; i += 2) gaps.emplace_back(-length / 2 + (i + 0.5) * seg, 0);
    const auto GL = w.param("gap_length", floor_to(seg + 0.5, 0.1), "room for the mating knuckles", 1);
    w.chain("gaps", "cq.Workplane(\"XY\", origin=(0, " + WD + " / 2, -1))", "cut-outs for the other leaf's knuckles")
        .call("pushPoints", format_points(gaps))
        .call("box", GL + ", " + KD + " + 1, " + KD + " + 2, centered=(True, True, False)");
    w.chain("leaf", "leaf").call("cut", "gaps");
  };

  if (chance(rng, 0.5)) {
    // One section in YZ: leaf, knuckle wrapped round the pin hole; extruded symmetrically in X.
    const auto KR = w.param_expr("knuckle_r", KD + " / 2");
    const auto YJ = w.param_expr("joint_y", WD + " / 2 - (" + KR + " ** 2 - (" + KR + " - " + T + ") ** 2) ** 0.5", "where the knuckle meets the leaf top");
    auto leaf = w.chain("leaf", "cq.Workplane(\"YZ\", origin=(-" + L + " / 2, 0, 0))", "leaf and knuckle section");
    leaf.call("moveTo", "-" + WD + " / 2, 0").call("lineTo", WD + " / 2, 0");
    leaf.call("threePointArc", "(" + WD + " / 2 + " + KR + ", " + KR + "), (" + YJ + ", " + T + ")");
    leaf.call("lineTo", "-" + WD + " / 2, " + T).call("close");
    leaf.call("moveTo", WD + " / 2, " + KR).call("circle", PD + " / 2").call("extrude", L);
    if (!R.empty()) leaf.step("edges", "\"|Z and <Y\"", "round the free corners").call("fillet", R);
    // The top of the leaf is not the highest face: work from the bottom face, flipped and offset.
    leaf.step("faces", "\"<Z\"", "screw holes from the top").call("workplane", "invert=True, offset=" + T + ", origin=(0, 0, 0)");
    holes(leaf);
    leaf.end();
    cut_gaps();
    return "leaf";
  }

  auto leaf = w.chain("leaf", w.workplane(), "flat leaf");
  leaf.call("box", L + ", " + WD + ", " + T + ", centered=(True, True, False)");
  if (!R.empty()) leaf.step("edges", "\"|Z and <Y\"", "round the free corners").call("fillet", R);
  leaf.step("faces", "\">Z\"", "screw holes").call("workplane");
  holes(leaf);
  leaf.step("union", "cq.Workplane(\"YZ\", origin=(-" + L + " / 2, " + WD + " / 2, " + KD + " / 2)).circle(" + KD + " / 2).extrude(" + L + ")",
            "knuckle along the +Y edge");
  leaf.end();
  cut_gaps();
  if (chance(rng, 0.5)) {
    // On the "<X" face the workplane's x axis is -Y, so the pin axis is at (-leaf_width / 2, knuckle_diameter / 2)
    // from the projected global origin (the last workplane's origin was moved by center()).
    w.chain("leaf", "leaf", "pin hole").call("faces", "\"<X\"").call("workplane", "origin=(0, 0, 0)")
        .call("pushPoints", "[(-" + WD + " / 2, " + KD + " / 2)]").call("hole", PD);
  } else {
    w.chain("leaf", "leaf", "pin hole")
        .call("cut", "cq.Workplane(\"YZ\", origin=(-" + L + " / 2, " + WD + " / 2, " + KD + " / 2)).circle(" + PD + " / 2).extrude(" + L + ")");
  }
  return "leaf";
}

// ---------------------------------------------------------------------------------------------
std::string snap_hook(base::Rng& rng, ProgramWriter& w) {
  const double bt = grid(rng, 1.5, 4, 0.5);                      // beam thickness
  const double beam = grid(rng, std::max(10.0, 5 * bt), 40, 1);  // free beam length
  const double ho = grid(rng, 1, std::max(1.0, floor_to(1.2 * bt, 0.5)), 0.5);  // hook overhang
  const double hl = grid(rng, 3, std::min(8.0, floor_to(beam / 3, 0.5)), 0.5);   // hook height
  const double land = 0.5;
  const double bh = grid(rng, 3, 8, 0.5);
  const double width = grid(rng, 5, 20, 1);
  const bool twin = chance(rng, 0.4);
  const double g = twin ? grid(rng, 2, 6, 0.5) : 0;  // half the gap between twin arms
  const double b1 = grid(rng, 4, 15, 0.5), b2 = grid(rng, 1, 5, 0.5);

  const auto T = w.param("beam_thickness", bt);
  const auto BL = w.param("beam_length", beam, "free length of the cantilever");
  const auto HO = w.param("hook_overhang", ho, "undercut depth");
  const auto HL = w.param("hook_length", hl, "ramp height");
  const auto BH = w.param("base_height", bh);
  const auto WD = w.param("width", width, "extrusion (Y)");
  const std::string zt = BH + " + " + BL + " - " + HL, ztop = BH + " + " + BL;
  const std::string land_s = format_number(land);

  std::string profile;
  std::string hole_x;
  double hole_space = 0;
  if (twin) {
    const auto G = w.param("half_gap", g, "half the gap between the arms");
    const auto BW = w.param("base_half_width", g + bt + b2);
    const std::string xo = G + " + " + T;
    profile = "[(0, 0), (" + BW + ", 0), (" + BW + ", " + BH + "), (" + xo + ", " + BH + "), (" + xo + ", " + zt + "), (" + xo + " + " + HO + ", " + zt +
              "), (" + xo + " + " + HO + ", " + zt + " + " + land_s + "), (" + xo + ", " + ztop + "), (" + G + ", " + ztop + "), (" + G + ", " + BH +
              "), (0, " + BH + ")]";
    hole_space = 2 * g;
    hole_x = "0";
  } else {
    const auto B1 = w.param("base_back", b1, "base behind the beam");
    const auto B2 = w.param("base_front", b2, "base in front of the beam");
    profile = "[(-" + B1 + ", 0), (" + T + " + " + B2 + ", 0), (" + T + " + " + B2 + ", " + BH + "), (" + T + ", " + BH + "), (" + T + ", " + zt + "), (" +
              T + " + " + HO + ", " + zt + "), (" + T + " + " + HO + ", " + zt + " + " + land_s + "), (" + T + ", " + ztop + "), (0, " + ztop + "), (0, " +
              BH + "), (-" + B1 + ", " + BH + ")]";
    hole_space = b1;
    hole_x = "-" + B1 + " / 2";
  }
  w.param_expr("profile", profile, twin ? "half section in XZ, mirrored about Z" : "section in XZ");
  // XZ looks along -Y: either start at +width / 2 (centred part) or extrude a negative distance (towards +Y).
  const bool both = chance(rng, 0.5);
  auto c = w.chain("clip", both ? "cq.Workplane(\"XZ\", origin=(0, " + WD + " / 2, 0))" : w.workplane("XZ"),
                   twin ? "twin-arm snap clip" : "cantilever snap hook");
  c.call("polyline", "profile");
  if (twin)
    c.call("mirrorY");
  else
    c.call("close");
  c.call("extrude", both ? WD : "-" + WD);
  if (!twin && chance(rng, 0.6)) {
    const auto RR = w.param("root_radius", grid(rng, 0.5, std::min(2.0, bt), 0.5), "stress relief at the beam root");
    c.step("edges", "cq.selectors.NearestToPointSelector((0, " + (both ? "0" : WD + " / 2") + ", " + BH + "))", "round the beam root").call("fillet", RR);
  }
  const double hole = hole_space >= 3.4 + 4 ? (hole_space >= 4.5 + 4 ? pick(rng, {3.4, 4.5}) : 3.4) : 0;
  if (hole > 0 && std::min(width, bh * 4) >= hole + 3 && chance(rng, 0.7)) {
    const auto HD = w.param("mount_hole", hole, "screw clearance");
    // On "<Z" the workplane's y axis is -Y: the hole sits mid-width.
    c.step("faces", "\"<Z\"", "mounting hole through the base").call("workplane", "origin=(0, 0, 0)").call("pushPoints", "[(" + hole_x + ", " + (both ? "0" : "-" + WD + " / 2") + ")]").call("hole", HD);
  }
  c.end();
  return "clip";
}

}  // namespace
}  // namespace prismatic
}  // namespace cadscribe::synth

namespace cadscribe::synth::prismatic {

void add_prismatic_bracket_families(std::vector<Family>& out) {
  out.push_back({"l_bracket", "L bracket (bent section or two boxes) with holes or slots in both legs, optional gusset ribs and bend fillet",
                 l_bracket});
  out.push_back({"u_channel", "U channel section with fixing holes or slots along the web and optional cross holes", u_channel});
  out.push_back({"hinge_leaf", "Hinge leaf: flat plate with a slotted knuckle, pin hole and countersunk screw holes", hinge_leaf});
  out.push_back({"snap_hook", "Cantilever snap-fit hook or twin-arm clip on a base, with undercut and ramp", snap_hook});
}

}  // namespace cadscribe::synth::prismatic
