// synth/object_furniture.cpp — furniture at model scale (a desk toy, a dollhouse piece): tables,
// stools, chairs, benches, desks and bookshelves, in one body, standing on their legs or base.
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

// chair: a square seat on four legs, a back rest (solid, slatted or with a window) rising from
// the back legs, optionally arm rests.
void chair(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double seat = grid(rng, 35, 60, 5), seat_h = grid(rng, 35, 55, 5), back = grid(rng, 30, 60, 5);
  const double t = grid(rng, 3, 5, 0.5), leg = grid(rng, 3, 6, 0.5);
  const int style = int(rng.uniform_int(0, 2));  // 0 solid back, 1 slats, 2 a window in the back
  const bool arms = chance(rng, 0.3);
  const auto S = w.param("seat", seat, "width and depth of the seat"), SH = w.param("seat_height", seat_h);
  const auto BH = w.param("back_height", back, "above the seat"), T = w.param("thickness", t), LG = w.param("leg", leg, "leg thickness");
  w.module("seat", "", {"translate([-" + S + " / 2, -" + S + " / 2, " + SH + " - " + T + "]) cube([" + S + ", " + S + ", " + T + "]);"},
           "the seat");
  w.module("legs", "",
           {"for (x = [-1, 1], y = [-1, 1])",
            "  translate([x * (" + S + " - " + LG + ") / 2 - " + LG + " / 2, y * (" + S + " - " + LG + ") / 2 - " + LG + " / 2, 0]) cube([" + LG +
                ", " + LG + ", " + SH + "]);"},
           "four legs under the corners");
  std::vector<std::string> back_body;
  const std::string panel = "translate([-" + S + " / 2, " + S + " / 2 - " + T + ", " + SH + " - 0.01]) cube([" + S + ", " + T + ", " + BH + "]);";
  if (style == 0) back_body = {panel};
  if (style == 1) {
    const auto N = w.param("slats", int(rng.uniform_int(3, 5)));
    back_body = {"// posts at the sides, a rail on top, slats between",
                 "for (x = [-1, 1]) translate([x * (" + S + " - " + LG + ") / 2 - " + LG + " / 2, " + S + " / 2 - " + T + ", " + SH +
                     " - 0.01]) cube([" + LG + ", " + T + ", " + BH + "]);",
                 "translate([-" + S + " / 2, " + S + " / 2 - " + T + ", " + SH + " + " + BH + " - 2 * " + T + "]) cube([" + S + ", " + T +
                     ", 2 * " + T + "]);",
                 "for (i = [1 : " + N + "]) translate([-" + S + " / 2 + i * " + S + " / (" + N + " + 1) - 1, " + S + " / 2 - " + T + ", " +
                     SH + " - 0.01]) cube([2, " + T + ", " + BH + "]);"};
  }
  if (style == 2)
    back_body = {"difference() {", "  " + panel,
                 "  translate([-" + S + " * 0.3, " + S + " / 2 - " + T + " - 1, " + SH + " + " + BH + " * 0.3]) cube([" + S + " * 0.6, " + T +
                     " + 2, " + BH + " * 0.5]);",
                 "}"};
  w.module("back", "", back_body, "the back rest, on the back edge of the seat");
  std::vector<std::string> parts = {"seat();", "legs();", "back();"};
  if (arms) {
    w.module("arms", "",
             {"for (x = [-1, 1]) translate([x * (" + S + " / 2 - " + LG + " / 2) - " + LG + " / 2, -" + S + " / 2, " + SH + " - 0.01]) {",
              "  cube([" + LG + ", " + LG + ", " + BH + " * 0.4]);  // the front post",
              "  translate([0, 0, " + BH + " * 0.4 - " + T + "]) cube([" + LG + ", " + S + ", " + T + "]);  // the rest",
              "}"},
             "arm rests from the front posts to the back");
    parts.push_back("arms();");
  }
  w.assembly("chair", parts);
  if (style == 1) d.prompts.detail("with a slatted back");
  if (style == 2) d.prompts.detail("with an open back");
  if (arms) d.prompts.detail("with arm rests");
  if (back >= 50) d.prompts.detail("with a high back");
  if (back <= 35) d.prompts.detail("with a low back");
  d.prompts.detail(Prompts::length(rng, seat_h + back) + " tall");
}

// bench: a long seat on two slab ends or on four legs, optionally a back rest.
void bench(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double length = grid(rng, 80, 160, 5), depth = grid(rng, 25, 45, 5), height = grid(rng, 30, 50, 5);
  const double t = grid(rng, 3, 6, 0.5);
  const bool slabs = chance(rng, 0.5), backrest = chance(rng, 0.4);
  const auto L = w.param("length", length), D = w.param("depth", depth), H = w.param("height", height, "of the seat");
  const auto T = w.param("thickness", t);
  w.module("seat", "", {"translate([-" + L + " / 2, -" + D + " / 2, " + H + " - " + T + "]) cube([" + L + ", " + D + ", " + T + "]);"},
           "the seat plank");
  if (slabs)
    w.module("supports", "",
             {"for (x = [-1, 1]) translate([x * " + L + " * 0.38 - " + T + " / 2, -" + D + " / 2, 0]) cube([" + T + ", " + D + ", " + H + "]);"},
             "two slab ends");
  else
    w.module("supports", "",
             {"for (x = [-1, 1], y = [-1, 1]) translate([x * (" + L + " / 2 - 3 * " + T + ") - " + T + " / 2, y * (" + D + " / 2 - " + T +
                  ") - " + T + " / 2, 0]) cube([" + T + ", " + T + ", " + H + "]);",
              "// a stretcher along each side",
              "for (y = [-1, 1]) translate([-(" + L + " / 2 - 3 * " + T + "), y * (" + D + " / 2 - " + T + ") - " + T + " / 2, " + H +
                  " * 0.3]) cube([" + L + " - 6 * " + T + ", " + T + ", " + T + "]);"},
             "four legs with stretchers");
  std::vector<std::string> parts = {"seat();", "supports();"};
  if (backrest) {
    const auto B = w.param("back_height", grid(rng, 20, 40, 5));
    w.module("back", "",
             {"translate([-" + L + " / 2, " + D + " / 2 - " + T + ", " + H + " - 0.01]) cube([" + L + ", " + T + ", " + B + "]);"},
             "a back rest along the back edge");
    parts.push_back("back();");
  }
  w.assembly("bench", parts);
  d.prompts.detail(Prompts::length(rng, length) + " long");
  if (backrest) d.prompts.detail("with a back rest");
  if (slabs) d.prompts.detail("on slab ends");
  if (length >= 140) d.prompts.adjective("long");
}

// desk: a top on two side panels (or a panel and a drawer block), optionally a modesty panel at
// the back and a shelf under the top.
void desk(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double length = grid(rng, 80, 160, 5), depth = grid(rng, 40, 70, 5), height = grid(rng, 50, 80, 5);
  const double t = grid(rng, 3, 5, 0.5);
  const bool drawers = chance(rng, 0.5), back_panel = chance(rng, 0.5);
  const auto L = w.param("length", length), D = w.param("depth", depth), H = w.param("height", height), T = w.param("thickness", t);
  w.module("top", "", {"translate([-" + L + " / 2, -" + D + " / 2, " + H + " - " + T + "]) cube([" + L + ", " + D + ", " + T + "]);"},
           "the desk top");
  std::vector<std::string> sides = {"translate([-" + L + " / 2, -" + D + " / 2, 0]) cube([" + T + ", " + D + ", " + H + "]);"};
  if (drawers) {
    const auto W = w.param("drawer_width", grid(rng, 25, std::floor(length * 0.35), 5));
    const auto N = w.param("drawers", int(rng.uniform_int(2, 4)));
    sides.push_back("// a block of drawers on the right, the fronts marked by grooves");
    sides.push_back("translate([" + L + " / 2 - " + W + ", -" + D + " / 2, 0]) difference() {");
    sides.push_back("  cube([" + W + ", " + D + ", " + H + "]);");
    sides.push_back("  for (i = [1 : " + N + " - 1]) translate([-1, -1, i * (" + H + " - " + T + ") / " + N + "]) cube([" + W +
                    " + 2, 1 + 1, 1]);");
    sides.push_back("}");
  } else {
    sides.push_back("translate([" + L + " / 2 - " + T + ", -" + D + " / 2, 0]) cube([" + T + ", " + D + ", " + H + "]);");
  }
  w.module("sides", "", sides, drawers ? "a side panel and the drawers" : "two side panels");
  std::vector<std::string> parts = {"top();", "sides();"};
  if (back_panel) {
    w.module("back_panel", "",
             {"translate([-" + L + " / 2, " + D + " / 2 - " + T + ", " + H + " * 0.4]) cube([" + L + ", " + T + ", " + H + " * 0.6]);"},
             "a modesty panel across the back");
    parts.push_back("back_panel();");
  }
  w.assembly("desk", parts);
  d.prompts.detail(Prompts::length(rng, length) + " wide");
  if (drawers) d.prompts.detail("with drawers");
  if (back_panel) d.prompts.detail("with a back panel");
  if (length >= 140) d.prompts.adjective("large");
  if (length <= 95) d.prompts.adjective("small");
}

// bookshelf: a box of two sides, a top and a bottom with evenly spaced shelves and optionally a
// back panel; stands on its bottom (a plinth kick at the front when it has one).
void bookshelf(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double width = grid(rng, 50, 120, 5), height = grid(rng, 60, 180, 10), depth = grid(rng, 20, 40, 5);
  const double t = grid(rng, 2.5, 5, 0.5);
  const int shelves = int(rng.uniform_int(1, std::max<int64_t>(1, int64_t(height / 40))));
  const bool back = chance(rng, 0.6);
  const auto W = w.param("width", width), H = w.param("height", height), D = w.param("depth", depth), T = w.param("thickness", t);
  const auto N = w.param("shelves", shelves, "between the top and the bottom");
  w.module("carcass", "",
           {"difference() {", "  cube([" + W + ", " + D + ", " + H + "]);",
            "  translate([" + T + ", -1, " + T + "]) cube([" + W + " - 2 * " + T + ", " + D + (back ? " - " + T + " + 1" : " + 2") +
                ", " + H + " - 2 * " + T + "]);",
            "}"},
           back ? "sides, top, bottom and a back panel" : "sides, top and bottom, open at the back");
  w.module("shelves", "",
           {"for (i = [1 : " + N + "]) translate([0, 0, " + T + " + i * (" + H + " - 2 * " + T + ") / (" + N + " + 1) - " + T +
            " / 2]) cube([" + W + ", " + D + ", " + T + "]);"},
           "evenly spaced shelves");
  w.assembly("bookshelf", {"carcass();", "shelves();"});
  d.prompts.detail("with " + std::to_string(shelves) + (shelves == 1 ? " shelf" : " shelves"));
  d.prompts.detail(Prompts::length(rng, height) + " tall");
  if (!back) d.prompts.adjective("open-backed");
  if (height >= 150) d.prompts.adjective("tall");
  if (height <= 80) d.prompts.adjective("low");
}

}  // namespace

void add_furniture_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"table", "furniture", "Table: a top on four legs, optionally a shelf", {"table", "small table", "side table"}, table});
  out.push_back({"stool", "furniture", "Stool: a round seat on splayed legs joined by a ring", {"stool", "bar stool", "seat"}, stool});
  out.push_back({"chair", "furniture", "Chair: a seat on four legs with a solid, slatted or open back, optional arms", {"chair", "dining chair", "wooden chair"}, chair});
  out.push_back({"bench", "furniture", "Bench: a long seat on slab ends or legs, optional back rest", {"bench", "park bench"}, bench});
  out.push_back({"desk", "furniture", "Desk: a top on side panels or drawers, optional back panel", {"desk", "writing desk"}, desk});
  out.push_back({"bookshelf", "furniture", "Bookshelf: a carcass with evenly spaced shelves, open or backed", {"bookshelf", "bookcase", "shelf"}, bookshelf});
}

}  // namespace cadscribe::synth
