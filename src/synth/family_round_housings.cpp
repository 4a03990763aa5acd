// synth/family_round_housings.cpp — bearing housings: the pillow block (plummer block).
//
// A base plate with two bolt slots carries a pedestal whose round top holds a deep-groove ball
// bearing (62xx series: outside diameter and width from the catalogue) on a horizontal shaft
// axis (Y). Built either as base + pedestal + cylinder unions or as one extruded side profile.
// Sizes in mm.
#include <algorithm>
#include <cmath>

#include "synth/family_round_util.h"

namespace cadscribe::synth::round {
namespace {

struct Bearing {
  const char* name;
  double shaft, outer, width;
};

std::string pillow_block(base::Rng& rng, ProgramWriter& w) {
  static const std::vector<Bearing> kBearings = {{"6200", 10, 30, 9},  {"6201", 12, 32, 10}, {"6202", 15, 35, 11},
                                                 {"6203", 17, 40, 12}, {"6204", 20, 47, 14}, {"6205", 25, 52, 15},
                                                 {"6206", 30, 62, 16}, {"6207", 35, 72, 17}, {"6208", 40, 80, 18}};
  const Bearing& brg = pick(rng, kBearings);
  const double wall = snap(std::max(6.0, brg.outer * rng.uniform(0.15, 0.25)), 1);
  const double R = brg.outer / 2 + wall;  // housing radius
  const double base_t = snap(std::max(8.0, R * rng.uniform(0.3, 0.45)), 1);
  const double centre_h = snap(base_t + R * rng.uniform(0.75, 1.1), 0.5);
  const Bolt& bolt = bolt_up_to(brg.outer < 45 ? 9.0 : 13.5);
  const double slot_w = bolt.clearance;
  const double slot_len = snap(slot_w * rng.uniform(2.0, 2.8), 0.5);
  const double slot_x = snap(R + slot_len / 2 + rng.uniform(3, 8), 0.5);
  const double length = std::ceil((2 * slot_x + slot_len + 2 * std::max(6.0, slot_w)) / 5) * 5;
  const double housing_len = std::max(snap(brg.width * rng.uniform(1.6, 2.4), 1), std::ceil(slot_w * 2.4));
  const bool wide_base = chance(rng, 0.4);
  const double base_w = wide_base ? snap(housing_len + 2 * rng.uniform(3, 8), 1) : housing_len;
  const double corner_r = chance(rng, 0.6) ? snap(std::min(base_w, 2 * (length / 2 - slot_x - slot_len / 2)) * rng.uniform(0.15, 0.3), 0.5) : 0;
  const bool profile = !wide_base && chance(rng, 0.5);
  const bool seat = chance(rng, 0.6);  // bearing seat from the front + smaller shaft clearance bore
  const double shaft_clear = snap(brg.shaft + rng.uniform(4, 8), 1);
  const bool grease = chance(rng, 0.5);
  // Union spelling: a pedestal as wide as the housing would be tangent to the cylinder (an
  // unreliable boolean), so it is narrower, like the neck of a cast housing.
  const double pedestal_w = snap(2 * R * rng.uniform(0.65, 0.88), 1);
  const bool slots_by_rarray = chance(rng, 0.5);

  auto bod = w.param("bearing_od", brg.outer, std::string(brg.name) + " bearing");
  std::string bw, sc;
  if (seat) {
    bw = w.param("bearing_width", brg.width);
    sc = w.param("shaft_clearance_d", shaft_clear);
  }
  auto ch = w.param("centre_height", centre_h, "shaft axis above the base");
  auto hr = w.param("housing_r", R);
  auto hl = w.param("housing_len", housing_len, "along the shaft");
  auto bl = w.param("base_length", length);
  std::string bwid = wide_base ? w.param("base_width", base_w) : hl;
  auto bt = w.param("base_thickness", base_t);
  auto sl = w.param("slot_len", slot_len);
  auto sw = w.param("slot_w", slot_w, std::string(bolt.name) + " clearance");
  auto sx = w.param("slot_x", slot_x, "slot centres from the axis");
  std::string cr = corner_r > 0 ? w.param("corner_r", corner_r) : "";
  std::string gd = grease ? w.param("grease_hole_d", pick(rng, std::vector<double>{3.0, 4.0, 5.0}), "lubrication") : "";

  if (profile) {
    // Side profile in XZ (x across, y up), extruded both ways along the shaft axis.
    auto c = w.chain("block", w.workplane("XZ"), "side profile: base plate, pedestal and round top");
    c.call("moveTo", "-" + bl + " / 2, 0")
        .call("lineTo", bl + " / 2, 0")
        .call("lineTo", bl + " / 2, " + bt)
        .call("lineTo", hr + ", " + bt)
        .call("lineTo", hr + ", " + ch)
        .call("threePointArc", "(0, " + ch + " + " + hr + "), (-" + hr + ", " + ch + ")")
        .call("lineTo", "-" + hr + ", " + bt)
        .call("lineTo", "-" + bl + " / 2, " + bt)
        .call("close")
        .call("extrude", hl + " / 2, both=True");
    if (corner_r > 0) c.step("edges", "\"|Z\"", "round the base corners").call("edges", "\">X or <X\"").call("fillet", cr);
  } else {
    auto b = w.chain("base", w.workplane(), "base plate");
    b.call("box", bl + ", " + bwid + ", " + bt + ", centered=(True, True, False)");
    if (corner_r > 0) b.step("edges", "\"|Z\"").call("fillet", cr);
    b.end();
    auto pw = w.param("pedestal_w", pedestal_w);
    w.chain("pedestal", w.workplane(), "pedestal up to the shaft axis")
        .call("box", pw + ", " + hl + ", " + ch + ", centered=(True, True, False)");
    w.chain("housing", w.workplane("XZ"), "round top around the bearing")
        .call("center", "0, " + ch)
        .call("circle", hr)
        .call("extrude", hl + " / 2, both=True");
    w.chain("block", "base", "join").call("union", "pedestal").call("union", "housing");
  }
  {
    auto s = w.chain("slots", w.workplane(), "bolt slots");
    if (slots_by_rarray) s.call("rarray", "2 * " + sx + ", 1, 2, 1");
    else s.call("pushPoints", "[(-" + sx + ", 0), (" + sx + ", 0)]");
    s.call("slot2D", sl + ", " + sw).call("extrude", bt);
  }
  w.chain("block", "block").call("cut", "slots");
  if (seat) {
    w.chain("bore", w.workplane("XZ"), "shaft clearance through the housing")
        .call("center", "0, " + ch)
        .call("circle", sc + " / 2")
        .call("extrude", hl + ", both=True");
    w.chain("seat", "cq.Workplane(\"XZ\", origin=(0, " + hl + " / 2, 0))", "bearing seat from the front face")
        .call("center", "0, " + ch)
        .call("circle", bod + " / 2")
        .call("extrude", bw);
    w.chain("block", "block").call("cut", "bore").call("cut", "seat");
  } else {
    w.chain("bore", w.workplane("XZ"), "bearing bore")
        .call("center", "0, " + ch)
        .call("circle", bod + " / 2")
        .call("extrude", hl + ", both=True");
    w.chain("block", "block").call("cut", "bore");
  }
  if (grease) {
    // Over the middle of the bearing seat (never tangent to the seat's shoulder).
    auto g = w.chain("grease", w.workplane(), "grease hole from the top into the bore");
    g.call("workplane", "offset=" + ch);
    if (seat) g.call("center", "0, " + hl + " / 2 - " + bw + " / 2");
    g.call("circle", gd + " / 2")
        .call("extrude", hr + " + 1");
    g.end();
    w.chain("block", "block").call("cut", "grease");
  }
  return "block";
}

}  // namespace

void add_round_housing_families(std::vector<Family>& out) {
  out.push_back({"pillow_block", "Pillow block bearing housing: slotted base, round housing and bearing bore",
                 &pillow_block});
}

}  // namespace cadscribe::synth::round
