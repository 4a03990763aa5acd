// synth/object_furniture.cpp — furniture at model scale (a desk toy, a dollhouse piece): tables
// and stools, top and legs in one body, standing on their legs.
#include <algorithm>
#include <cmath>

#include "synth/family_sampling.h"
#include "synth/object.h"

namespace cadscribe::synth {
namespace {

using sampling::chance;
using sampling::grid;
using sampling::pick;

// table: a rectangular or round top on four legs (square or round), optionally a shelf between
// the legs.
void table(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const bool round_top = chance(rng, 0.3);
  const double length = grid(rng, 60, 120, 5), depth = round_top ? length : grid(rng, 40, length, 5);
  const double height = grid(rng, 40, 80, 5), top_t = grid(rng, 3, 6, 0.5), leg = grid(rng, 4, 8, 1);
  const bool round_legs = chance(rng, 0.5), shelf = chance(rng, 0.35);
  const auto L = w.param("length", length, round_top ? "diameter of the top" : ""), D = w.param("depth", depth);
  const auto H = w.param("height", height), T = w.param("top_thickness", top_t), LG = w.param("leg", leg, "leg thickness");
  const auto IN = w.param_expr("inset", round_top ? L + " * 0.2" : LG, "legs in from the edge");
  w.module("top", "",
           {round_top ? "translate([0, 0, " + H + " - " + T + "]) cylinder(h = " + T + ", " + w.round_size(L) + ");"
                      : "translate([-" + L + " / 2, -" + D + " / 2, " + H + " - " + T + "]) cube([" + L + ", " + D + ", " + T + "]);"},
           "the table top");
  const std::string leg_shape = round_legs ? "cylinder(h = " + H + ", " + w.round_size(LG) + ", $fn = 24);"
                                           : "translate([-" + LG + " / 2, -" + LG + " / 2, 0]) cube([" + LG + ", " + LG + ", " + H + "]);";
  w.module("legs", "",
           {"for (x = [-1, 1], y = [-1, 1])",
            "  translate([x * (" + L + " / 2 - " + IN + " - " + LG + " / 2), y * (" + D + " / 2 - " + IN + " - " + LG + " / 2), 0]) " + leg_shape},
           "four legs");
  std::vector<std::string> parts = {"top();", "legs();"};
  if (shelf) {
    w.module("shelf", "",
             {"translate([-(" + L + " / 2 - " + IN + "), -(" + D + " / 2 - " + IN + "), " + H + " * 0.25]) cube([" + L + " - 2 * " + IN +
              ", " + D + " - 2 * " + IN + ", " + T + " * 0.7]);"},
             "a low shelf between the legs");
    parts.push_back("shelf();");
  }
  w.assembly("table", parts);
  d.prompts.adjective(round_top ? "round" : (depth == length ? "square" : "rectangular"));
  if (shelf) d.prompts.detail("with a shelf");
  if (round_legs) d.prompts.detail("with round legs");
  if (height >= 1.0 * length) d.prompts.adjective("tall");
  if (height <= 0.5 * length) d.prompts.adjective("low");
}

// stool: a round seat on three or four splayed legs joined by a ring.
void stool(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int legs = pick(rng, {3, 3, 4});
  const double seat = grid(rng, 40, 70, 5), height = grid(rng, 40, 90, 5), seat_t = grid(rng, 4, 7, 0.5);
  const double leg = grid(rng, 4, 7, 1), splay = grid(rng, 0, 10, 2);
  const auto S = w.param("seat_diameter", seat), H = w.param("height", height), T = w.param("seat_thickness", seat_t);
  const auto N = w.param("legs", legs), LG = w.param("leg", leg, "leg diameter"), SP = w.param("splay", splay, "degrees out from vertical");
  w.module("seat", "", {"translate([0, 0, " + H + " - " + T + "]) cylinder(h = " + T + ", " + w.round_size(S) + ");"}, "the seat");
  w.module("legs", "",
           {"for (i = [0 : " + N + " - 1]) rotate([0, 0, 360 * i / " + N + "])",
            "  translate([" + S + " * 0.3, 0, " + H + " - " + T + "]) rotate([0, 180 - " + SP + ", 0])",
            "    cylinder(h = (" + H + " - " + T + ") / cos(" + SP + "), " + w.round_size(LG) + ", $fn = 20);"},
           "legs splayed outwards from under the seat");
  w.module("ring", "",
           {"// a ring joining the legs at a third of the height, as wide as they are apart there",
            "translate([0, 0, " + H + " / 3]) rotate_extrude($fn = 48)",
            "  translate([" + S + " * 0.3 + (" + H + " - " + T + " - " + H + " / 3) * tan(" + SP + ") - " + LG + " / 4, 0]) square([" + LG + " / 2, " +
                LG + "], center = true);"},
           "a stretcher ring");
  w.assembly("stool", {"seat();", "legs();", "ring();"});
  d.prompts.detail("with " + std::to_string(legs) + " legs");
  if (height >= 75) d.prompts.adjective("tall");
  if (height <= 50) d.prompts.adjective("low");
  if (splay >= 6) d.prompts.detail("with splayed legs");
}

}  // namespace

void add_furniture_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"table", "furniture", "Table: a top on four legs, optionally a shelf", {"table", "small table", "side table"}, table});
  out.push_back({"stool", "furniture", "Stool: a round seat on splayed legs joined by a ring", {"stool", "bar stool", "seat"}, stool});
}

}  // namespace cadscribe::synth
