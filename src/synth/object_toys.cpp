// synth/object_toys.cpp — toys and models: vehicles, buildings, plants, built from primitives, flat-bottomed.
//
// Each toy is a few boxes, cylinders, extruded outlines and hulls, every part overlapping the
// one it is fixed to (wheels into the body, a roof into the walls, fins 2 mm into the rocket),
// so every variant is one connected body; the union is cut flat at z = 0 where its parts reach
// below. Plates and rods are at least 2.5 mm thick (kMinWall is 1.2 mm). Sizes in mm; vehicles
// point +x, buildings face -y, the floor is z = 0.
#include <algorithm>
#include <cmath>

#include "synth/family_sampling.h"
#include "synth/object.h"
#include "synth/object_parts.h"

namespace cadscribe::synth {
namespace {

using sampling::chance;
using sampling::grid;
using sampling::pick;

// ---------------------------------------------------------------------------------------------
// rocket: a cylinder body with a round or pointed nose, three or four fins standing on the bed,
// optionally a nozzle between the fins, portholes and a band.
void rocket(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double dia = grid(rng, 16, 34, 1);
  const double h = size_in(rng, dia * 2.2, dia * 3.8), nose = size_in(rng, dia * 0.9, dia * 1.8);
  const int fins = int(pick(rng, {3, 3, 4}));
  const double span = size_in(rng, dia * 0.35, dia * 0.7), fh = size_in(rng, dia * 0.8, dia * 1.5), ft = grid(rng, 2.5, 4, 0.5);
  const bool pointed = chance(rng, 0.5), nozzle = chance(rng, 0.5), band = chance(rng, 0.4);
  const int windows = int(rng.uniform_int(0, 3));
  w.param("body_diameter", dia); w.param("body_height", h); w.param("nose_height", nose);
  w.param("fins", fins); w.param("fin_span", span, "how far a fin stands out"); w.param("fin_height", fh); w.param("fin_thickness", ft);
  w.param("lift", nozzle ? std::round(dia * 0.3) : 0, "the body's bottom above the bed (room for the nozzle)");
  w.module("body", "", {"translate([0, 0, lift]) cylinder(h = body_height, " + w.round_size("body_diameter") + ", $fn = 32);"}, "the body tube");
  if (pointed)
    w.module("nose", "", {"translate([0, 0, lift + body_height - 1]) cylinder(h = nose_height + 1, d1 = body_diameter - 0.6, d2 = 2, $fn = 32);"},
             "a pointed nose cone, its base 1 mm inside the body");
  else
    w.module("nose", "",
             {"translate([0, 0, lift + body_height]) scale([1, 1, 2 * nose_height / body_diameter]) sphere(" + w.round_size("body_diameter - 0.6") +
                  ", $fn = 32);"},
             "a round nose: an ellipsoid, its lower half inside the body");
  w.module("fins", "",
           {"for (i = [0 : fins - 1]) rotate([0, 0, " + std::string(fins == 3 ? "90" : "45") + " + i * 360 / fins]) translate([body_diameter / 2 - 2, 0, 0])",
            "  rotate([90, 0, 0]) linear_extrude(height = fin_thickness, center = true)",
            "    polygon([[0, -1], [fin_span + 2, -1], [fin_span + 2, fin_height * 0.35], [0, lift + fin_height]]);"},
           "fins standing on the bed, their roots 2 mm inside the body");
  std::vector<std::string> parts = {"body();", "nose();", "fins();"};
  if (nozzle) {
    w.module("nozzle", "", {"translate([0, 0, -1.5]) cylinder(h = lift + 2.5, d1 = body_diameter * 0.7, d2 = body_diameter * 0.5, $fn = 32);"},
             "the engine nozzle under the body");
    parts.push_back("nozzle();");
  }
  if (windows > 0) {
    w.param("portholes", windows);
    w.module("portholes", "",
             {"for (i = [0 : portholes - 1]) translate([0, -body_diameter / 2 + 1, lift + body_height * (0.5 + 0.17 * i)])",
              "  rotate([90, 0, 0]) cylinder(h = 2, " + w.round_size("body_diameter * 0.32") + ", $fn = 24);"},
             "round windows on the front, standing 1 mm proud");
    parts.push_back("portholes();");
  }
  if (band) {
    w.module("band", "", {"translate([0, 0, lift + body_height * 0.3]) cylinder(h = 3, " + w.round_size("body_diameter + 2") + ", $fn = 32);"},
             "a raised band around the body");
    parts.push_back("band();");
  }
  w.assembly("rocket", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, std::round((nozzle ? std::round(dia * 0.3) : 0) + h + nose)) + " tall");
  d.prompts.detail("with " + std::to_string(fins) + " fins");
  d.prompts.adjective(pointed ? "pointed" : "round-nosed");
  if (windows == 1) d.prompts.detail("with a porthole");
  if (windows > 1) d.prompts.detail("with " + std::to_string(windows) + " portholes");
  if (nozzle) d.prompts.detail("with a nozzle");
  if (h >= dia * 3.3) d.prompts.adjective("slender");
}

// ---------------------------------------------------------------------------------------------
// car: a rounded slab of a body on four wheels with a cabin on top (a sedan, a van or a pickup
// with an open bed), headlights and, sometimes, a spoiler.
void car(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int kind = int(pick(rng, {0, 0, 1, 2}));  // sedan, van, pickup
  const double l = grid(rng, 50, 110, 1);
  const double wd = size_in(rng, l * 0.4, l * 0.5), bh = size_in(rng, l * 0.16, l * 0.24);
  const double wheel = size_in(rng, l * 0.2, l * 0.28), ww = std::max(5.0, std::round(wd * 0.2));
  const double ch = kind == 1 ? size_in(rng, bh * 1.3, bh * 1.8) : size_in(rng, bh * 0.7, bh * 1.1);
  const bool spoiler = kind == 0 && chance(rng, 0.35);
  w.param("length", l); w.param("width", wd); w.param("body_height", bh); w.param("cabin_height", ch);
  w.param("wheel_diameter", wheel); w.param("wheel_width", ww);
  w.param_expr("corner", "width * 0.15", "rounding of the body's corners in plan");
  w.param_expr("clearance", "wheel_diameter * 0.35", "the body's underside above the bed");
  std::vector<std::string> body = {"hull() for (x = [-1, 1], y = [-1, 1])",
                                   "  translate([x * (length / 2 - corner), y * (width / 2 - corner), clearance]) cylinder(h = body_height, r = corner, $fn = 24);"};
  if (kind == 2) {
    body = {"difference() {", "  " + body[0], "  " + body[1],
            "  // the open bed behind the cab, its walls 3 mm thick",
            "  translate([-length / 2 + max(corner, 3), -width / 2 + 3, clearance + body_height * 0.45]) cube([length * 0.45 - max(corner, 3), width - 6, body_height]);",
            "}"};
  }
  w.module("body", "", body, kind == 2 ? "the body with an open bed at the back" : "the body: a slab with rounded corners");
  // The cabin's side outline in the xz plane: [back bottom, front bottom, front top, back top].
  std::string cab;
  if (kind == 0) cab = "[[-length * 0.3, 0], [length * 0.22, 0], [length * 0.22 - cabin_height * 0.8, cabin_height], [-length * 0.3 + cabin_height * 0.5, cabin_height]]";
  if (kind == 1) cab = "[[-length / 2 + corner / 2, 0], [length * 0.25, 0], [length * 0.25 - cabin_height * 0.35, cabin_height], [-length / 2 + corner / 2, cabin_height]]";
  if (kind == 2) cab = "[[-length * 0.05, 0], [length * 0.22, 0], [length * 0.22 - cabin_height * 0.5, cabin_height], [-length * 0.05, cabin_height]]";
  w.module("cabin", "",
           {"translate([0, 0, clearance + body_height - 1]) rotate([90, 0, 0])",
            "  linear_extrude(height = width * 0.84, center = true) polygon(" + cab + ");"},
           "the cabin, its side outline extruded across the car");
  w.module("wheels", "",
           {"for (x = [-1, 1], y = [-1, 1]) translate([x * length * 0.3, y * (width / 2 - wheel_width / 2 + 1), wheel_diameter / 2 - 1])",
            "  rotate([90, 0, 0]) cylinder(h = wheel_width, " + w.round_size("wheel_diameter") + ", center = true, $fn = 32);"},
           "four wheels, set into the body's sides, flattened where they meet the bed");
  w.module("headlights", "",
           {"for (y = [-1, 1]) translate([length / 2 - 1, y * width * 0.3, clearance + body_height * 0.6])",
            "  sphere(" + w.round_size("max(3, body_height * 0.3)") + ", $fn = 16);"},
           "two headlights on the front");
  std::vector<std::string> parts = {"body();", "cabin();", "wheels();", "headlights();"};
  if (spoiler) {
    w.module("spoiler", "",
             {"translate([-length / 2 + corner, 0, clearance + body_height - 1]) {",
              "  translate([-1.5, -width * 0.25, 0]) cube([3, width * 0.5, body_height * 0.4 + 1]);  // the post",
              "  translate([-3, -width * 0.42, body_height * 0.4]) cube([8, width * 0.84, 2.5]);  // the wing", "}"},
             "a spoiler on the boot");
    parts.push_back("spoiler();");
  }
  w.assembly("car", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, l) + " long");
  if (kind == 1) d.prompts.adjective("van-shaped");
  if (kind == 1) d.prompts.detail("with a tall cabin");
  if (kind == 2) d.prompts.adjective("pickup");
  if (kind == 2) d.prompts.detail("with an open bed");
  if (spoiler) d.prompts.detail("with a spoiler");
  if (wheel >= l * 0.26) d.prompts.detail("with big wheels");
}

// ---------------------------------------------------------------------------------------------
// house: solid walls with recessed windows and a door, under a gable or hipped roof with eaves,
// optionally a chimney; one or two storeys.
void house(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double wd = grid(rng, 40, 100, 1);
  const double dp = size_in(rng, wd * 0.6, wd * 0.95);
  const int floors = chance(rng, 0.35) ? 2 : 1;
  const double h = floors == 2 ? size_in(rng, wd * 0.65, wd * 0.95) : size_in(rng, wd * 0.38, wd * 0.6);
  const double roof = size_in(rng, dp * 0.3, dp * 0.6), eave = grid(rng, 0, 4, 1);
  const bool hip = chance(rng, 0.35), chimney = chance(rng, 0.55);
  const int windows = int(rng.uniform_int(1, 3));
  const double win = std::round(std::min(h / floors * 0.35, wd * 0.42 / (windows + 1) * 0.7));
  w.param("width", wd); w.param("depth", dp); w.param("wall_height", h); w.param("roof_height", roof, "eaves to ridge");
  w.param("eaves", eave, "how far the roof overhangs the walls"); w.param("floors", floors);
  w.param("windows", windows, "per floor on each side of the door, front and back"); w.param("window_size", win);
  w.param_expr("door_width", "width * 0.16"); w.param_expr("door_height", "min(wall_height / floors * 0.7, wall_height - 4)");
  w.param("recess", 1.5, "how deep windows and the door are set in");
  w.module("walls", "",
           {"difference() {", "  translate([-width / 2, -depth / 2, 0]) cube([width, depth, wall_height]);",
            "  // the door in the front (-y) wall",
            "  translate([-door_width / 2, -depth / 2 - 1, -1]) cube([door_width, recess + 1, door_height + 1]);",
            "  // windows on every floor, front and back, beside the door",
            "  for (f = [0 : floors - 1], i = [1 : windows], x = [-1, 1], side = [-1, 1])",
            "    translate([x * (door_width / 2 + (width / 2 - door_width / 2) * i / (windows + 1)) - window_size / 2,",
            "               side * depth / 2 - (side < 0 ? 1 : recess), wall_height / floors * (f + 0.45)])",
            "      cube([window_size, recess + 1, window_size]);", "}"},
           "solid walls, the door and windows set in");
  if (hip)
    w.module("roof", "",
             {"hull() {",
              "  translate([-width / 2 - eaves, -depth / 2 - eaves, wall_height - 0.5]) cube([width + 2 * eaves, depth + 2 * eaves, 2.5]);",
              "  translate([-max(1.5, (width - depth) / 2), -1.5, wall_height + roof_height - 3]) cube([2 * max(1.5, (width - depth) / 2), 3, 3]);  // the ridge",
              "}"},
             "a hipped roof: the eaves' slab hulled to a short ridge");
  else
    w.module("roof", "",
             {"translate([0, 0, wall_height - 0.5]) rotate([90, 0, 90])",
              "  linear_extrude(height = width + 2 * eaves, center = true)",
              "    polygon([[-depth / 2 - eaves, 0], [depth / 2 + eaves, 0], [depth / 2 + eaves, 2.5], [0, roof_height], [-depth / 2 - eaves, 2.5]]);"},
             "a gable roof along the width, its eaves 2.5 mm thick at the edge");
  std::vector<std::string> parts = {"walls();", "roof();"};
  if (chimney) {
    w.param_expr("chimney_size", "max(5, width * 0.1)");
    w.module("chimney", "",
             {"translate([width * 0.22, depth * 0.1, wall_height - 1]) cube([chimney_size, chimney_size, roof_height + chimney_size]);"},
             "a chimney rising from inside the roof");
    parts.push_back("chimney();");
  }
  w.assembly("house", parts);
  d.prompts.detail(Prompts::length(rng, wd) + " wide");
  d.prompts.adjective(floors == 2 ? "two-storey" : "single-storey");
  if (hip) d.prompts.detail("with a hipped roof");
  if (!hip) d.prompts.detail("with a gable roof");
  if (chimney) d.prompts.detail("with a chimney");
  if (roof >= dp * 0.5) d.prompts.detail("with a steep roof");
  if (wd <= 50) d.prompts.adjective("little");
}

// ---------------------------------------------------------------------------------------------
// tree: a tapered trunk under a crown, either a fir of stacked cones (optionally with a star on
// top) or a round crown of overlapping balls; optionally on a round base.
void tree(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const bool fir = chance(rng, 0.55), base = chance(rng, 0.5);
  const double crown = grid(rng, 35, 80, 1);
  const double trunk_d = std::max(6.0, size_in(rng, crown * 0.14, crown * 0.22)), trunk_h = size_in(rng, crown * 0.2, crown * 0.5);
  w.param("crown_diameter", crown); w.param("trunk_diameter", trunk_d); w.param("trunk_height", trunk_h, "up to the crown");
  if (base) w.param("base_diameter", size_in(rng, crown * 0.6, crown * 0.9));
  std::vector<std::string> parts;
  if (base) {
    w.module("base", "", {"translate([0, 0, -1]) cylinder(h = 5, " + w.round_size("base_diameter") + ", $fn = 32);"}, "a round base");
    parts.push_back("base();");
  }
  w.module("trunk", "", {"translate([0, 0, -1]) cylinder(h = trunk_height + crown_diameter * 0.2 + 1, d1 = trunk_diameter * 1.3, d2 = trunk_diameter, $fn = 24);"},
           "the trunk, reaching up into the crown");
  parts.push_back("trunk();");
  bool star = false;
  int tiers = 0, lobes = 0;
  double height;
  if (fir) {
    tiers = int(rng.uniform_int(2, 4));
    const double tier_h = size_in(rng, crown * 0.45, crown * 0.7), shrink = grid(rng, 0.15, 0.25, 0.01);
    star = chance(rng, 0.4);
    w.param("tiers", tiers); w.param("tier_height", tier_h); w.param("shrink", shrink, "each tier is this much narrower", 2);
    w.param_expr("tier_step", "tier_height * 0.55", "tiers overlap");
    w.module("crown", "",
             {"for (i = [0 : tiers - 1]) translate([0, 0, trunk_height + i * tier_step])",
              "  cylinder(h = tier_height, d1 = crown_diameter * (1 - i * shrink), d2 = 2, $fn = 32);"},
             "stacked cones of branches");
    parts.push_back("crown();");
    height = trunk_h + (tiers - 1) * tier_h * 0.55 + tier_h;
    if (star) {
      w.param("star_size", std::max(8.0, std::round(crown * 0.2)), "point to point");
      w.module("star", "",
               {"translate([0, 0, trunk_height + (tiers - 1) * tier_step + tier_height - star_size * 0.25]) rotate([90, 0, 0])",
                "  linear_extrude(height = 3, center = true)",
                "    polygon([for (k = [0 : 9]) (k % 2 == 0 ? star_size / 2 : star_size / 5) * [sin(k * 36), cos(k * 36)]]);"},
               "a five-pointed star on the tip, 3 mm thick");
      parts.push_back("star();");
      height += std::round(crown * 0.2) * 0.25;
    }
  } else {
    lobes = int(rng.uniform_int(3, 5));
    w.param("lobes", lobes, "balls around the crown");
    w.param_expr("crown_z", "trunk_height + crown_diameter * 0.4", "the crown's centre");
    w.module("crown", "",
             {"translate([0, 0, crown_z]) sphere(" + w.round_size("crown_diameter * 0.8") + ", $fn = 32);",
              "for (i = [0 : lobes - 1]) rotate([0, 0, i * 360 / lobes])",
              "  translate([crown_diameter * 0.22, 0, crown_z + (i % 2 == 0 ? 0.1 : -0.05) * crown_diameter]) sphere(" +
                  w.round_size("crown_diameter * 0.55") + ", $fn = 24);"},
             "a round crown of overlapping balls");
    parts.push_back("crown();");
    height = trunk_h + crown * 0.4 + crown * 0.4;
  }
  w.assembly("tree", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, std::round(height)) + " tall");
  if (fir) d.prompts.adjective("pine");
  if (fir) d.prompts.detail("with " + std::to_string(tiers) + " tiers");
  if (!fir) d.prompts.adjective("round");
  if (star) d.prompts.detail("with a star on top");
  if (base) d.prompts.detail("on a base");
}

// ---------------------------------------------------------------------------------------------
// boat: a flared hull with a rounded bow (its plan extruded and widened upward), then a sailboat
// (mast, mainsail, optional jib), a motorboat (cockpit and cabin) or a steamer (cabin, funnels).
void boat(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int kind = int(rng.uniform_int(0, 2));  // sailboat, motorboat, steamer
  const double l = grid(rng, 60, 120, 1);
  const double beam = size_in(rng, l * 0.28, l * 0.4), hh = size_in(rng, l * 0.12, l * 0.2), flare = grid(rng, 1.1, 1.3, 0.05);
  w.param("length", l, "at the waterline"); w.param("beam", beam); w.param("hull_height", hh); w.param("flare", flare, "the deck is this much bigger", 2);
  w.module("plan", "",
           {"hull() {", "  translate([-length / 2, -beam / 2]) square([length * 0.55, beam]);",
            "  translate([length / 2 - beam * 0.15, 0]) circle(" + w.round_size("beam * 0.3") + ", $fn = 24);", "}"},
           "the hull's outline seen from above: square stern, rounded bow");
  std::vector<std::string> hull = {"linear_extrude(height = hull_height, scale = flare) plan();"};
  std::vector<std::string> parts = {"boat_hull();"};
  bool jib = false;
  int funnels = 0;
  if (kind == 0) {
    const double mast = size_in(rng, l * 0.7, l * 1.1), sail = size_in(rng, l * 0.3, l * 0.45);
    jib = chance(rng, 0.5);
    w.param("mast_height", mast); w.param("sail_length", sail, "along the boom");
    w.param_expr("mast_x", "length * 0.08");
    w.module("mast", "", {"translate([mast_x, 0, hull_height - 3]) cylinder(h = mast_height + 3, " + w.round_size("max(3.5, length * 0.04)") + ", $fn = 16);"},
             "the mast, stepped 3 mm into the deck");
    std::vector<std::string> sails = {"// the mainsail behind the mast, its leading edge on the mast's axis",
                                      "translate([mast_x, 0, hull_height + 4]) rotate([90, 0, 0]) linear_extrude(height = 2.5, center = true)",
                                      "  polygon([[0, 0], [0, mast_height * 0.9], [-sail_length, 0]]);"};
    if (jib)
      sails.insert(sails.end(), {"// the jib before the mast",
                                 "translate([mast_x, 0, hull_height + 4]) rotate([90, 0, 0]) linear_extrude(height = 2.5, center = true)",
                                 "  polygon([[0, 0], [0, mast_height * 0.75], [length * 0.32, 0]]);"});
    w.module("sails", "", sails, jib ? "a mainsail and a jib" : "the mainsail");
    parts.insert(parts.end(), {"mast();", "sails();"});
  } else if (kind == 1) {
    const double cab = size_in(rng, hh * 0.6, hh * 1.1);
    w.param("cabin_height", cab);
    hull = {"difference() {", "  " + hull[0], "  // the open cockpit at the stern, 3 mm walls or more",
            "  translate([-length * 0.4, -beam * 0.3, hull_height * 0.45]) cube([length * 0.3, beam * 0.6, hull_height]);", "}"};
    w.module("cabin", "",
             {"translate([-length * 0.08, 0, hull_height - 1]) rotate([90, 0, 0]) linear_extrude(height = beam * 0.6, center = true)",
              "  polygon([[0, 0], [length * 0.35, 0], [length * 0.35 - cabin_height * 0.8, cabin_height], [0, cabin_height]]);"},
             "a cabin with a raked windscreen");
    parts.push_back("cabin();");
  } else {
    funnels = int(rng.uniform_int(1, 2));
    const double cab = size_in(rng, hh * 0.6, hh * 1.0), fh = size_in(rng, hh * 0.8, hh * 1.4);
    w.param("cabin_height", cab); w.param("funnels", funnels); w.param("funnel_height", fh, "above the cabin");
    w.module("cabin", "",
             {"translate([-length * 0.3, -beam * 0.3, hull_height - 1]) cube([length * 0.5, beam * 0.6, cabin_height + 1]);"},
             "the deckhouse");
    w.module("funnels", "",
             {"for (i = [0 : funnels - 1]) translate([-length * 0.12 + i * length * 0.16, 0, hull_height + cabin_height - 1])",
              "  cylinder(h = funnel_height + 1, " + w.round_size("beam * 0.25") + ", $fn = 24);"},
             "funnels standing on the deckhouse");
    parts.insert(parts.end(), {"cabin();", "funnels();"});
  }
  w.module("boat_hull", "", hull, "the hull, flat-bottomed and flared");
  w.assembly("boat", parts);
  d.prompts.detail(Prompts::length(rng, l) + " long");
  if (kind == 0) d.prompts.adjective("sail");
  if (kind == 0) d.prompts.detail(jib ? "with two sails" : "with a single sail");
  if (kind == 1) d.prompts.adjective("motor");
  if (kind == 1) d.prompts.detail("with a cabin and cockpit");
  if (kind == 2) d.prompts.adjective("steam");
  if (kind == 2) d.prompts.detail(funnels == 2 ? "with two funnels" : "with a funnel");
}

// ---------------------------------------------------------------------------------------------
// robot: a box body on two legs with feet, arms hanging or raised, a box head on a neck with
// round eyes and a mouth, optionally antennas and a chest panel.
void robot(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bw = grid(rng, 24, 50, 1);
  const double bd = size_in(rng, bw * 0.6, bw * 0.85), bh = size_in(rng, bw * 0.9, bw * 1.4);
  const double hw = size_in(rng, bw * 0.6, bw * 0.85), hh = size_in(rng, hw * 0.7, hw * 1.0);
  const double leg = size_in(rng, bh * 0.4, bh * 0.8), arm = size_in(rng, bh * 0.6, bh * 0.9);
  const double raise = pick(rng, {0.0, 0.0, 30.0, 60.0, 90.0});
  const int antennas = int(rng.uniform_int(0, 2));
  const bool panel = chance(rng, 0.5);
  w.param("body_width", bw); w.param("body_depth", bd); w.param("body_height", bh);
  w.param("head_width", hw); w.param("head_height", hh); w.param("leg_length", leg); w.param("arm_length", arm);
  w.param("arm_raise", raise, "degrees forward from hanging");
  w.param_expr("limb", "max(6, body_width * 0.26)", "thickness of legs and arms");
  w.param_expr("neck", "head_height * 0.2");
  w.param_expr("head_z", "leg_length + body_height + neck", "the head's underside");
  w.module("legs", "",
           {"for (s = [-1, 1]) translate([s * body_width * 0.25, 0, 0]) {",
            "  translate([-limb / 2, -limb / 2, -1]) cube([limb, limb, leg_length + 3]);  // into the body",
            "  translate([-limb * 0.6, -body_depth * 0.45, -1]) cube([limb * 1.2, body_depth * 0.7, 5]);  // the foot", "}"},
           "two legs on flat feet");
  w.module("body", "", {"translate([-body_width / 2, -body_depth / 2, leg_length]) cube([body_width, body_depth, body_height]);"}, "the box body");
  w.module("arms", "",
           {"for (s = [-1, 1]) translate([s * (body_width / 2 + limb / 2 - 2), 0, leg_length + body_height - limb * 0.7]) {",
            "  sphere(" + w.round_size("limb * 1.2") + ", $fn = 24);  // the shoulder",
            "  rotate([-arm_raise, 0, 0]) {",
            "    translate([0, 0, -arm_length]) cylinder(h = arm_length, " + w.round_size("limb") + ", $fn = 16);",
            "    translate([0, 0, -arm_length]) sphere(" + w.round_size("limb * 1.3") + ", $fn = 16);  // the hand", "  }", "}"},
           "arms from shoulders sunk 2 mm into the body's sides");
  w.module("head", "",
           {"translate([0, 0, leg_length + body_height - 1]) cylinder(h = neck + 2, " + w.round_size("head_width * 0.35") + ", $fn = 24);  // the neck",
            "translate([-head_width / 2, -head_width * 0.4, head_z]) cube([head_width, head_width * 0.8, head_height]);",
            "for (s = [-1, 1]) translate([s * head_width * 0.22, -head_width * 0.4 + 1, head_z + head_height * 0.6])",
            "  rotate([90, 0, 0]) cylinder(h = 2.5, " + w.round_size("head_width * 0.2") + ", $fn = 24);  // eyes",
            "translate([-head_width * 0.25, -head_width * 0.4 - 1.5, head_z + head_height * 0.2]) cube([head_width * 0.5, 2.5, max(2.5, head_height * 0.12)]);  // the mouth"},
           "the box head with eyes and a mouth");
  std::vector<std::string> parts = {"legs();", "body();", "arms();", "head();"};
  if (antennas > 0) {
    w.param("antennas", antennas);
    w.module("antennas", "",
             {"for (i = [0 : antennas - 1]) translate([antennas == 1 ? 0 : (i == 0 ? -1 : 1) * head_width * 0.3, 0, head_z + head_height - 1]) {",
              "  cylinder(h = head_height * 0.45 + 1, " + w.round_size("3") + ", $fn = 12);",
              "  translate([0, 0, head_height * 0.45 + 1]) sphere(" + w.round_size("6") + ", $fn = 16);", "}"},
             "antennas with a ball on top");
    parts.push_back("antennas();");
  }
  if (panel) {
    w.module("panel", "",
             {"translate([-body_width * 0.3, -body_depth / 2 - 1.5, leg_length + body_height * 0.4]) cube([body_width * 0.6, 2.5, body_height * 0.35]);",
              "for (s = [-1, 1]) translate([s * body_width * 0.15, -body_depth / 2 - 1, leg_length + body_height * 0.575])",
              "  rotate([90, 0, 0]) cylinder(h = 2, " + w.round_size("body_width * 0.14") + ", $fn = 16);  // buttons"},
             "a chest panel with two buttons");
    parts.push_back("panel();");
  }
  w.assembly("robot", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, std::round(leg + bh + hh * 1.2 + (antennas ? hh * 0.45 + 4 : 0))) + " tall");
  if (raise >= 60) d.prompts.detail("with its arms raised");
  if (raise == 0) d.prompts.detail("with its arms at its sides");
  if (antennas == 1) d.prompts.detail("with an antenna");
  if (antennas == 2) d.prompts.detail("with two antennas");
  if (panel) d.prompts.detail("with a chest panel");
  if (leg >= bh * 0.7) d.prompts.adjective("long-legged");
  d.prompts.adjective("boxy");
}

// ---------------------------------------------------------------------------------------------
// airplane: a low-wing plane resting on its wings: a fuselage hulled from nose to tail, swept
// wings flat on the bed, a tail fin and tailplane, and a propeller or two jet engines.
void airplane(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double l = grid(rng, 60, 120, 1);
  const double fd = size_in(rng, l * 0.13, l * 0.18), span = size_in(rng, l * 0.8, l * 1.2);
  const double chord = size_in(rng, l * 0.18, l * 0.28), taper = grid(rng, 0.4, 0.8, 0.05), sweep = size_in(rng, 0, l * 0.15);
  const double fin = size_in(rng, fd * 0.8, fd * 1.4), wt = grid(rng, 3, 4.5, 0.5);
  const bool jets = chance(rng, 0.45);
  w.param("length", l); w.param("fuselage_diameter", fd); w.param("wingspan", span); w.param("wing_chord", chord, "at the root");
  w.param("wing_taper", taper, "tip chord over root chord", 2); w.param("wing_sweep", sweep, "how far back the tips sit");
  w.param("wing_thickness", wt); w.param("fin_height", fin, "the tail fin above the fuselage");
  w.param_expr("fuselage_z", "fuselage_diameter * 0.4", "the fuselage's centre: its belly is cut flat");
  w.param_expr("wing_x", "length * 0.08", "the middle of the wing's root");
  w.module("fuselage", "",
           {"hull() {", "  translate([length / 2 - fuselage_diameter / 2, 0, fuselage_z]) sphere(" + w.round_size("fuselage_diameter") + ", $fn = 32);",
            "  translate([-length / 2 + fuselage_diameter * 0.2, 0, fuselage_z + fuselage_diameter * 0.2]) sphere(" +
                w.round_size("fuselage_diameter * 0.4") + ", $fn = 24);",
            "}"},
           "the fuselage, tapering to the tail");
  w.module("wings", "",
           {"translate([0, 0, -1]) linear_extrude(height = wing_thickness + 1) polygon([",
            "  [wing_x + wing_chord / 2, 0], [wing_x + wing_chord / 2 - wing_sweep, wingspan / 2],",
            "  [wing_x + wing_chord / 2 - wing_sweep - wing_chord * wing_taper, wingspan / 2], [wing_x - wing_chord / 2, 0],",
            "  [wing_x + wing_chord / 2 - wing_sweep - wing_chord * wing_taper, -wingspan / 2], [wing_x + wing_chord / 2 - wing_sweep, -wingspan / 2]]);"},
           "the wings, one flat plate lying on the bed under the fuselage");
  w.module("tail", "",
           {"// the fin, its root along the fuselage's tail",
            "translate([0, 0, fuselage_z + fuselage_diameter * 0.1]) rotate([90, 0, 0]) linear_extrude(height = 2.5, center = true)",
            "  polygon([[-length / 2 + 1, 0], [-length / 2 + length * 0.2, 0], [-length / 2 + length * 0.05, fuselage_diameter * 0.3 + fin_height],",
            "           [-length / 2 + 1, fuselage_diameter * 0.3 + fin_height]]);",
            "// the tailplane, through the fuselage",
            "translate([0, 0, fuselage_z + fuselage_diameter * 0.1]) linear_extrude(height = 2.5) polygon([",
            "  [-length / 2 + length * 0.16, 0], [-length / 2 + length * 0.04, wingspan * 0.18], [-length / 2 + 1, wingspan * 0.18],",
            "  [-length / 2 + 1, -wingspan * 0.18], [-length / 2 + length * 0.04, -wingspan * 0.18]]);"},
           "the tail fin and tailplane, 2.5 mm plates");
  std::vector<std::string> parts = {"fuselage();", "wings();", "tail();"};
  if (jets) {
    w.param_expr("engine_y", "wingspan * 0.22");
    w.module("engines", "",
             {"// on the wing at a third of the half span, centred on its chord there",
              "for (s = [-1, 1]) translate([wing_x + wing_chord / 2 - wing_sweep * 0.44 - wing_chord * (1 - 0.44 * (1 - wing_taper)) / 2, s * engine_y,",
              "                             wing_thickness + fuselage_diameter * 0.225 - 1.5])",
              "  rotate([0, 90, 0]) cylinder(h = wing_chord * 0.7, " + w.round_size("fuselage_diameter * 0.45") + ", center = true, $fn = 24);"},
             "two jet engines sitting on the wings, 1.5 mm into them");
    parts.push_back("engines();");
  } else {
    w.module("propeller", "",
             {"translate([length / 2 - 1, 0, fuselage_z]) {", "  rotate([0, 90, 0]) cylinder(h = fuselage_diameter * 0.3, d1 = fuselage_diameter * 0.45, d2 = 3, $fn = 24);  // the spinner",
              "  translate([1, 0, 0]) cube([2.5, fuselage_diameter * 1.8, max(4, fuselage_diameter * 0.22)], center = true);  // the blades", "}"},
             "a two-bladed propeller on the nose");
    parts.push_back("propeller();");
  }
  w.assembly("airplane", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, span) + " wingspan");
  d.prompts.detail(jets ? "with two jet engines" : "with a propeller");
  if (jets) d.prompts.adjective("jet");
  if (sweep >= l * 0.1) d.prompts.detail("with swept wings");
  if (span >= l * 1.1) d.prompts.adjective("wide-winged");
}

// ---------------------------------------------------------------------------------------------
// castle tower: a round, square or eight-sided tower on a plinth, with arched windows and a door
// set in, topped by battlements or a pointed roof over a corbelled band.
void castle_tower(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int sides = int(pick(rng, {48, 48, 4, 8}));
  const double dia = grid(rng, 30, 65, 1);
  const double h = size_in(rng, dia * 1.4, dia * 2.6), over = grid(rng, 0, 4, 1);
  const bool roof = chance(rng, 0.4), plinth = chance(rng, 0.5);
  const int windows = int(rng.uniform_int(1, 3));
  const int merlons = sides == 48 ? int(rng.uniform_int(6, 10)) : sides == 4 ? 8 : 8;
  w.param("sides", sides, sides == 48 ? "a round tower" : ""); w.param("diameter", dia, sides == 48 ? "" : "across the corners");
  w.param("height", h, "to the top of the wall"); w.param("overhang", over, "how far the top juts out"); w.param("windows", windows);
  w.param_expr("flat", "diameter / 2 * cos(180 / sides)", "centre to the middle of a face");
  w.param_expr("window_width", "max(4, diameter * 0.12)");
  w.module("tower", "",
           {"difference() {", "  rotate([0, 0, 180 / sides]) cylinder(h = height, " + w.round_size("diameter") + ", $fn = sides);",
            "  // the door: set 2 mm in, with a round arch",
            "  translate([-diameter * 0.14, -flat - 1, -1]) cube([diameter * 0.28, 3, height * 0.18 + 1]);",
            "  translate([0, -flat - 1, height * 0.18]) rotate([-90, 0, 0]) cylinder(h = 3, " + w.round_size("diameter * 0.28") + ", $fn = 24);",
            "  // arched window slits above it",
            "  for (i = [0 : windows - 1]) translate([0, -flat - 1, height * (0.4 + 0.45 * i / windows)]) {",
            "    translate([-window_width / 2, 0, 0]) cube([window_width, 3, window_width * 1.5]);",
            "    translate([0, 0, window_width * 1.5]) rotate([-90, 0, 0]) cylinder(h = 3, " + w.round_size("window_width") + ", $fn = 16);", "  }",
            "}"},
           "the tower with its door and windows set in");
  std::vector<std::string> parts = {"tower();"};
  if (plinth) {
    w.module("plinth", "", {"translate([0, 0, -1]) rotate([0, 0, 180 / sides]) cylinder(h = 5, " + w.round_size("diameter + 6") + ", $fn = sides);"},
             "a wider plinth at the foot");
    parts.push_back("plinth();");
  }
  double top;
  if (roof) {
    const double rh = size_in(rng, dia * 0.6, dia * 1.2);
    w.param("roof_height", rh);
    w.module("roof", "",
             {"translate([0, 0, height - 1]) rotate([0, 0, 180 / sides]) {",
              "  cylinder(h = 3.5, " + w.round_size("diameter + 2 * overhang") + ", $fn = sides);  // the band under the eaves",
              "  translate([0, 0, 3.5]) cylinder(h = roof_height, d1 = diameter + 2 * overhang, d2 = 2, $fn = sides);", "}"},
             "a pointed roof over a band");
    parts.push_back("roof();");
    top = h + 2.5 + rh;
  } else {
    const double mh = grid(rng, 5, 10, 1);
    w.param("merlons", merlons); w.param("merlon_height", mh); w.param("parapet", 3, "wall thickness of the battlements");
    w.module("battlements", "",
             {"translate([0, 0, height - 1]) difference() {",
              "  rotate([0, 0, 180 / sides]) cylinder(h = merlon_height * 2 + 1, " + w.round_size("diameter + 2 * overhang") + ", $fn = sides);",
              "  // the walkway inside the parapet",
              "  translate([0, 0, 3]) rotate([0, 0, 180 / sides]) cylinder(h = merlon_height * 2, " +
                  w.round_size("diameter + 2 * overhang - 2 * parapet / cos(180 / sides)") + ", $fn = sides);",
              "  // the gaps between the merlons",
              "  for (i = [0 : merlons - 1]) rotate([0, 0, i * 360 / merlons])",
              "    translate([diameter / 2, 0, merlon_height + 1 + merlon_height / 2 + 0.5]) cube([diameter, (diameter + 2 * overhang) * 3.14 / merlons / 2, merlon_height + 1], center = true);",
              "}"},
             "battlements: a parapet with merlons and gaps");
    parts.push_back("battlements();");
    top = h + 2 * mh;
  }
  w.assembly("castle_tower", plinth ? cut_flat(parts) : parts);
  d.prompts.detail(Prompts::length(rng, std::round(top)) + " tall");
  if (sides == 48) d.prompts.adjective("round");
  if (sides == 4) d.prompts.adjective("square");
  if (sides == 8) d.prompts.adjective("octagonal");
  d.prompts.detail(roof ? "with a pointed roof" : "with battlements");
  if (plinth) d.prompts.detail("on a plinth");
  if (windows > 1) d.prompts.detail("with " + std::to_string(windows) + " windows");
}

// ---------------------------------------------------------------------------------------------
// train engine: a steam locomotive: a frame on wheels, a boiler along it with a chimney and,
// sometimes, a dome, a cab at the back under an overhanging roof, and a cowcatcher in front.
void train_engine(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double l = grid(rng, 60, 120, 1);
  const double wd = size_in(rng, l * 0.28, l * 0.36), wheel = size_in(rng, l * 0.16, l * 0.24);
  const int max_wheels = std::max(2, int(std::floor(l * 0.62 / (wheel + 3))) + 1);
  const int wheels = std::min(int(rng.uniform_int(2, 4)), max_wheels);
  const double bd = size_in(rng, wd * 0.7, wd * 0.95), cab = size_in(rng, l * 0.22, l * 0.32), cab_h = size_in(rng, bd * 1.1, bd * 1.6);
  const double chim = size_in(rng, bd * 0.4, bd * 0.9);
  const bool dome = chance(rng, 0.6), catcher = chance(rng, 0.6);
  w.param("length", l); w.param("width", wd); w.param("wheel_diameter", wheel); w.param("wheels", wheels, "on each side");
  w.param("boiler_diameter", bd); w.param("cab_length", cab); w.param("cab_height", cab_h, "above the frame"); w.param("chimney_height", chim, "above the boiler");
  w.param_expr("frame_z", "wheel_diameter * 0.4", "the frame's underside");
  w.param_expr("frame_top", "frame_z + max(4, width * 0.2)");
  w.param_expr("boiler_z", "frame_top + boiler_diameter * 0.45", "the boiler's axis, sunk a little into the frame");
  w.module("frame", "", {"translate([-length / 2, -width / 2, frame_z]) cube([length, width, frame_top - frame_z]);"}, "the frame");
  w.module("wheels", "",
           {"for (i = [0 : wheels - 1], s = [-1, 1])",
            "  translate([-length * 0.31 + i * length * 0.62 / (wheels - 1), s * (width / 2 + 1), wheel_diameter / 2 - 1])",
            "    rotate([90, 0, 0]) cylinder(h = 5, " + w.round_size("wheel_diameter") + ", center = true, $fn = 32);"},
           "wheels along each side, 1.5 mm into the frame, flattened on the bed");
  w.module("boiler", "",
           {"translate([-length / 2 + cab_length - 1, 0, boiler_z]) rotate([0, 90, 0]) cylinder(h = length - cab_length - 1, " +
                w.round_size("boiler_diameter") + ", $fn = 32);",
            "translate([length / 2 - boiler_diameter * 0.45, 0, boiler_z]) cylinder(h = boiler_diameter / 2 + chimney_height, " +
                w.round_size("boiler_diameter * 0.3") + ", $fn = 24);  // the chimney",
            "translate([length / 2 - boiler_diameter * 0.45, 0, boiler_z + boiler_diameter / 2 + chimney_height - 3])",
            "  cylinder(h = 3, " + w.round_size("boiler_diameter * 0.42") + ", $fn = 24);  // its cap"},
           "the boiler and chimney");
  w.module("cab", "",
           {"translate([-length / 2, -width / 2, frame_top - 1]) difference() {", "  cube([cab_length, width, cab_height + 1]);",
            "  // a window set 2 mm into each side",
            "  for (y = [-1, width - 2]) translate([cab_length * 0.25, y, cab_height * 0.5]) cube([cab_length * 0.5, 3, cab_height * 0.3]);", "}",
            "translate([-length / 2 - 2, -width / 2 - 2, frame_top + cab_height - 2]) cube([cab_length + 4, width + 4, 2.5]);  // the roof"},
           "the cab with windows and an overhanging roof");
  std::vector<std::string> parts = {"frame();", "wheels();", "boiler();", "cab();"};
  if (dome) {
    w.module("dome", "", {"translate([length * 0.05, 0, boiler_z + boiler_diameter * 0.35]) sphere(" + w.round_size("boiler_diameter * 0.45") + ", $fn = 24);"},
             "a steam dome, half inside the boiler");
    parts.push_back("dome();");
  }
  if (catcher) {
    w.module("cowcatcher", "",
             {"translate([length / 2 - 2, 0, 0]) rotate([90, 0, 0]) linear_extrude(height = width * 0.9, center = true)",
              "  polygon([[0, -1], [wheel_diameter * 0.6, -1], [wheel_diameter * 0.6, 1.5], [0, frame_top]]);"},
             "a wedge-shaped cowcatcher at the front");
    parts.push_back("cowcatcher();");
  }
  w.assembly("train_engine", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, l) + " long");
  d.prompts.detail("with " + std::to_string(wheels * 2) + " wheels");
  if (l >= 100) d.prompts.adjective("big");
  if (l <= 70) d.prompts.adjective("little");
  if (dome) d.prompts.detail("with a steam dome");
  if (catcher) d.prompts.detail("with a cowcatcher");
  if (chim >= bd * 0.75) d.prompts.detail("with a tall chimney");
}

// ---------------------------------------------------------------------------------------------
// mushroom: a tapered stem under a domed, flat or pointed cap with gills beneath; optionally
// spots on a round cap and a grassy mound with a little second mushroom.
void mushroom(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int cap_kind = int(pick(rng, {0, 0, 1, 2}));  // dome, flat, pointed
  const double cd = grid(rng, 30, 90, 1);
  const double chh = cap_kind == 1 ? size_in(rng, cd * 0.2, cd * 0.3) : size_in(rng, cd * 0.35, cd * 0.6);
  const double sd = size_in(rng, cd * 0.22, cd * 0.38), sh = size_in(rng, cd * 0.35, cd * 0.9);
  const bool spots = cap_kind != 2 && chance(rng, 0.6), mound = chance(rng, 0.4);
  const int nspots = spots ? int(rng.uniform_int(5, 8)) : 0;
  w.param("cap_diameter", cd); w.param("cap_height", chh); w.param("stem_diameter", sd, "at the top"); w.param("stem_height", sh, "up to the cap's rim");
  w.module("stem", "", {"translate([0, 0, -1]) cylinder(h = stem_height + cap_height * 0.3 + 1, d1 = stem_diameter * 1.3, d2 = stem_diameter, $fn = 32);"},
           "the stem, wider at the foot, reaching up into the cap");
  std::vector<std::string> cap;
  if (cap_kind == 2)
    cap = {"translate([0, 0, stem_height - cap_height * 0.25]) cylinder(h = cap_height * 0.25 + 1, d1 = stem_diameter, d2 = cap_diameter * 0.92, $fn = 32);  // the gills, 1 mm into the cap",
           "hull() {", "  translate([0, 0, stem_height]) cylinder(h = 2.5, " + w.round_size("cap_diameter") + ", $fn = 32);",
           "  translate([0, 0, stem_height + cap_height - cap_diameter * 0.1]) sphere(" + w.round_size("cap_diameter * 0.2") + ", $fn = 24);", "}"};
  else
    cap = {"// the section: in under the gills to the rim, then a quarter ellipse up to the top",
           "rotate_extrude($fn = 32) polygon(concat(",
           "  [[0, stem_height - cap_height * 0.25], [stem_diameter / 2, stem_height - cap_height * 0.25], [cap_diameter * 0.46, stem_height]],",
           "  [for (i = [0 : 12]) let(t = 90 * i / 12) [cap_diameter / 2 * cos(t), stem_height + cap_height * sin(t)]]));"};
  w.module("cap", "", cap, cap_kind == 2 ? "a pointed cap over its gills" : "the domed cap and its gills, revolved from one section");
  std::vector<std::string> parts = {"stem();", "cap();"};
  if (spots) {
    w.param("spots", nspots);
    w.module("spots", "",
             {"// a ring of spots on the cap's curve, and one on top: each centred on the surface (turned 10 degrees off the cap's facets)",
              "for (i = [0 : spots - 1]) let(a = i * 360 / spots + 10, e = 35)",
              "  translate([cos(a) * cos(e) * cap_diameter / 2, sin(a) * cos(e) * cap_diameter / 2, stem_height + sin(e) * cap_height])",
              "    sphere(" + w.round_size("cap_diameter * 0.14") + ", $fn = 16);",
              "translate([0, 0, stem_height + cap_height]) rotate([0, 0, 10]) sphere(" + w.round_size("cap_diameter * 0.16") + ", $fn = 16);"},
             "raised spots");
    parts.push_back("spots();");
  }
  if (mound) {
    w.module("mound", "",
             {"scale([1, 1, 0.3]) sphere(" + w.round_size("cap_diameter * 1.2") + ", $fn = 32);  // the mound, its lower half cut away",
              "// a little mushroom beside the big one",
              "translate([cap_diameter * 0.42, -cap_diameter * 0.2, 0]) {",
              "  cylinder(h = stem_height * 0.45, " + w.round_size("max(5, stem_diameter * 0.4)") + ", $fn = 16);",
              "  translate([0, 0, stem_height * 0.45]) scale([1, 1, 0.6]) sphere(" + w.round_size("cap_diameter * 0.3") + ", $fn = 24);", "}"},
             "a grassy mound with a second, little mushroom");
    parts.push_back("mound();");
  }
  w.assembly("mushroom", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, std::round(sh + chh)) + " tall");
  if (cap_kind == 1) d.prompts.detail("with a flat cap");
  if (cap_kind == 2) d.prompts.detail("with a pointed cap");
  if (cap_kind == 0) d.prompts.detail("with a domed cap");
  if (spots) d.prompts.adjective("spotted");
  if (mound) d.prompts.detail("on a mound with a little one beside it");
  if (sh >= cd * 0.75) d.prompts.adjective("tall");
}

}  // namespace

void add_toy_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"rocket", "toy", "Rocket: a tube with a nose cone, three or four fins, optional nozzle and portholes", {"rocket", "toy rocket", "spaceship"}, rocket});
  out.push_back({"car", "toy", "Car: a rounded body on four wheels with a cabin: sedan, van or pickup", {"car", "toy car"}, car});
  out.push_back({"house", "toy", "House: solid walls with a door and windows under a gable or hipped roof, optional chimney", {"house", "toy house", "little house"}, house});
  out.push_back({"tree", "toy", "Tree: a trunk under a fir's stacked cones or a round crown, optionally on a base", {"tree", "toy tree"}, tree});
  out.push_back({"boat", "toy", "Boat: a flared hull as a sailboat, motorboat or steamer", {"boat", "toy boat"}, boat});
  out.push_back({"robot", "toy", "Robot: a box body on legs, arms, a box head with eyes, optional antennas", {"robot", "toy robot"}, robot});
  out.push_back({"airplane", "toy", "Airplane: a low-wing plane on its wings, with a tail and a propeller or jets", {"airplane", "plane", "toy airplane"}, airplane});
  out.push_back({"castle_tower", "toy", "Castle tower: a round, square or eight-sided tower with battlements or a pointed roof", {"castle tower", "tower", "turret"}, castle_tower});
  out.push_back({"train_engine", "toy", "Train engine: a steam locomotive with boiler, chimney, cab and wheels", {"train engine", "locomotive", "steam engine", "toy train"}, train_engine});
  out.push_back({"mushroom", "toy", "Mushroom: a stem and a domed, flat or pointed cap, optionally spotted, on a mound", {"mushroom", "toadstool"}, mushroom});
}

}  // namespace cadscribe::synth
