// synth/object_containers.cpp — containers: mug, cup, bowl, vase, box with lid, planter. Each is
// a solid of revolution or a box shelled by a difference, with a floor at least as thick as its
// wall, so it prints without supports standing on its base.
#include <algorithm>
#include <cmath>

#include "synth/family_sampling.h"
#include "synth/object.h"

namespace cadscribe::synth {
namespace {

using sampling::chance;
using sampling::grid;
using sampling::pick;

// mug: a cylinder shelled from the top, with a loop handle: a ring (round or flat section) on the
// outside of the wall, stretched to the reach; the half inside the wall is cut away, so the stub
// that is left merges with the wall into one body.
void mug(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double h = grid(rng, 70, 130, 5), dia = grid(rng, 60, 100, 5);
  const double wall = grid(rng, 2.5, 4.5, 0.5), handle = grid(rng, 6, 14, 1);
  const double reach = grid(rng, 18, 32, 1);
  const double span = std::floor(std::min(h * 0.7, h - 2 * handle - 8));
  const bool flat = chance(rng, 0.35);
  const auto H = w.param("height", h, "outside"), D = w.param("diameter", dia, "outside");
  const auto W = w.param("wall", wall), T = w.param("handle_thickness", handle);
  const auto R = w.param("handle_reach", reach, "how far the handle stands off the wall");
  const auto S = w.param("handle_span", span, "height the handle spans");
  w.module("body", "",
           {"difference() {", "  cylinder(h = " + H + ", " + w.round_size(D) + ");",
            "  translate([0, 0, " + W + "]) cylinder(h = " + H + ", " + w.round_size(D + " - 2 * " + W) + ");", "}"},
           "the cup, open at the top, its floor as thick as the wall");
  const std::string section = flat ? "square([" + T + " * 0.6, " + T + " * 1.4], center = true);"
                                   : "circle(" + w.round_size(T) + ");";
  w.module("handle", "",
           {"difference() {", "  translate([" + D + " / 2, 0, " + H + " / 2])",
            "    scale([" + R + " / (" + S + " / 2), 1, 1]) rotate([90, 0, 0])",
            "      rotate_extrude() translate([" + S + " / 2 - " + T + " / 2, 0]) " + section,
            "  // keep the outer half: the rest would sit inside the cup",
            "  translate([-" + D + ", -" + D + ", -1]) cube([1.5 * " + D + " - " + W + " / 2, 2 * " + D + ", " + H + " + 2]);",
            "}"},
           "a loop on the outside of the wall");
  w.assembly("mug", {"body();", "handle();"});
  d.prompts.detail(Prompts::length(rng, h) + " high");
  d.prompts.detail(Prompts::length(rng, dia) + " across");
  if (h / dia >= 1.4) d.prompts.adjective("tall");
  if (h / dia <= 0.95) d.prompts.adjective("wide");
  if (handle >= 11) d.prompts.detail("with a thick handle");
  if (handle <= 7) d.prompts.detail("with a thin handle");
  if (flat) d.prompts.detail("with a flat handle");
}

// cup: a truncated cone shelled from the top (a tumbler), optionally on a foot ring.
void cup(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double h = grid(rng, 60, 120, 5), top = grid(rng, 55, 90, 5);
  const double bottom = grid(rng, std::max(35.0, top * 0.6), top, 5), wall = grid(rng, 1.5, 3, 0.5);
  const bool foot = chance(rng, 0.35);
  const auto H = w.param("height", h), TD = w.param("top_diameter", top), BD = w.param("bottom_diameter", bottom);
  const auto W = w.param("wall", wall, "sideways; the floor is twice as thick");
  std::vector<std::string> body = {"difference() {", "  cylinder(h = " + H + ", d1 = " + BD + ", d2 = " + TD + ");",
                                   "  translate([0, 0, 2 * " + W + "])",
                                   "    cylinder(h = " + H + ", d1 = " + BD + " - 2 * " + W + " + (" + TD + " - " + BD +
                                       ") * 2 * " + W + " / " + H + ", d2 = " + TD + " - 2 * " + W + " + (" + TD + " - " + BD +
                                       ") * 2 * " + W + " / " + H + ");",
                                   "}"};
  w.module("shell", "", body, "the tapered cup, open at the top");
  std::vector<std::string> parts = {"shell();"};
  if (foot) {
    const auto F = w.param("foot_height", 3);
    w.module("foot", "", {"translate([0, 0, -" + F + "]) difference() {", "  cylinder(h = " + F + " + 0.01, " + w.round_size(BD) + ");",
                          "  translate([0, 0, -1]) cylinder(h = " + F + " + 2, " + w.round_size(BD + " - 8") + ");", "}"},
             "a ring to stand on");
    parts.push_back("foot();");
  }
  w.assembly("cup", parts);
  d.prompts.detail(Prompts::length(rng, h) + " tall");
  if (bottom <= top * 0.75) d.prompts.adjective("tapered");
  if (h >= 1.3 * top) d.prompts.adjective("tall");
  if (h <= 0.9 * top) d.prompts.adjective("short");
  if (foot) d.prompts.detail("with a foot ring");
  if (wall <= 1.5) d.prompts.adjective("thin-walled");
}

// bowl: a revolved profile, quarter-ellipse outside on a flat foot, the inside the same curve
// one wall in; optionally a rolled lip at the rim.
void bowl(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double dia = grid(rng, 90, 200, 10), h = grid(rng, std::max(35.0, dia * 0.25), dia * 0.55, 5);
  const double foot = grid(rng, dia * 0.25, dia * 0.45, 5), wall = grid(rng, 2.5, 4, 0.5);
  const bool lip = chance(rng, 0.4);
  const auto D = w.param("diameter", dia, "at the rim"), H = w.param("height", h);
  const auto F = w.param("foot_diameter", foot, "flat bottom"), W = w.param("wall", wall);
  w.param("steps", 24, "points along the curve");
  w.module("profile", "",
           {"// outside up from the foot to the rim, then the inside back down to the axis",
            "polygon(concat([[0, 0]],",
            "  [for (i = [0 : steps]) let(a = 90 * i / steps) [" + F + " / 2 + (" + D + " / 2 - " + F + " / 2) * sin(a), " + H +
                " * (1 - cos(a))]],",
            "  [for (i = [steps : -1 : 0]) let(a = 90 * i / steps) [" + F + " / 2 - " + W + " + (" + D + " / 2 - " + F + " / 2) * sin(a), " +
                W + " + (" + H + " - " + W + ") * (1 - cos(a))]],",
            "  [[0, " + W + "]]));"},
           "half the bowl's section");
  std::vector<std::string> parts = {"rotate_extrude() profile();"};
  if (lip) {
    w.module("lip", "", {"translate([0, 0, " + H + "]) rotate_extrude() translate([" + D + " / 2 - " + W + " / 2, 0]) circle(d = " + W + " * 1.6);"},
             "a rolled lip on the rim");
    parts.push_back("lip();");
  }
  w.assembly("bowl", parts);
  d.prompts.detail(Prompts::length(rng, dia) + " across");
  if (h <= dia * 0.33) d.prompts.adjective("shallow");
  if (h >= dia * 0.48) d.prompts.adjective("deep");
  if (dia >= 170) d.prompts.adjective("large");
  if (dia <= 110) d.prompts.adjective("small");
  if (lip) d.prompts.detail("with a rolled rim");
}

// The horizontal wall that keeps a sloping side at least kMinWall thick (measured along its
// normal), for the steepest slopes |dr/dz| of a revolved profile; on a 0.5 mm grid.
double wall_for_slope(double wall, double slope_a, double slope_b) {
  const double s = std::max(std::abs(slope_a), std::abs(slope_b));
  return std::max(wall, std::ceil(kMinWall * std::sqrt(1 + s * s) * 2) / 2);
}

// vase: a revolved shell whose radius eases from the base to a belly and on to the neck
// (half-cosine blends), with a floor; optionally fluted (many-sided) instead of round.
void vase(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double h = grid(rng, 120, 250, 10), belly = grid(rng, 70, 130, 5);
  const double base = grid(rng, belly * 0.5, belly * 0.85, 5), neck = grid(rng, std::max(30.0, belly * 0.35), belly * 0.7, 5);
  const double at = grid(rng, 0.25, 0.55, 0.05), wall = grid(rng, 2, 3, 0.5);
  const int sides = pick(rng, {0, 0, 0, 6, 8, 12});
  const auto H = w.param("height", h), BD = w.param("base_diameter", base), MD = w.param("belly_diameter", belly);
  const auto ND = w.param("neck_diameter", neck), AT = w.param("belly_at", at, "share of the height", 2);
  const auto W = w.param("wall", wall_for_slope(wall, (belly - base) / 4 * M_PI / (at * h), (neck - belly) / 4 * M_PI / ((1 - at) * h)),
                          "sideways; thicker where the side slopes");
  w.param("steps", 32, "points along the height");
  w.line_function("radius(t)", "t < " + AT + " ? " + BD + " / 2 + (" + MD + " - " + BD + ") / 4 * (1 - cos(180 * t / " + AT + "))\n"
                  "  : " + MD + " / 2 + (" + ND + " - " + MD + ") / 4 * (1 - cos(180 * (t - " + AT + ") / (1 - " + AT + ")))",
                  "the outside radius at height t × height");
  w.module("profile", "",
           {"polygon(concat([[0, 0]],", "  [for (i = [0 : steps]) [radius(i / steps), " + H + " * i / steps]],",
            "  [for (i = [steps : -1 : 0]) [radius(i / steps) - " + W + ", max(" + H + " * i / steps, 2 * " + W + ")]],",
            "  [[0, 2 * " + W + "]]));"},
           "half the vase's section: outside up, inside down");
  w.assembly("vase", {sides ? "rotate_extrude($fn = " + std::to_string(sides) + ") profile();" : "rotate_extrude() profile();"});
  d.prompts.detail(Prompts::length(rng, h) + " tall");
  if (h >= 2 * belly) d.prompts.adjective("tall");
  if (neck <= belly * 0.45) d.prompts.detail("with a narrow neck");
  if (sides) d.prompts.adjective(std::to_string(sides) + "-sided");
  if (sides == 6) d.prompts.adjective("hexagonal");
  if (sides == 8) d.prompts.adjective("octagonal");
}

// planter: a tapered pot, round or many-sided, with drainage holes in its floor, a lip around
// the rim and, sometimes, three feet.
void planter(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double top = grid(rng, 80, 180, 10), h = grid(rng, top * 0.6, top * 1.1, 5);
  const double bottom = grid(rng, top * 0.6, top * 0.85, 5), wall = grid(rng, 2, 3.5, 0.5);
  const int sides = pick(rng, {0, 0, 4, 6, 8});
  const int holes = int(rng.uniform_int(1, 4));
  const bool feet = chance(rng, 0.4);
  const auto TD = w.param("top_diameter", top), BD = w.param("bottom_diameter", bottom), H = w.param("height", h);
  const auto W = w.param("wall", wall), NH = w.param("drain_holes", holes), HD = w.param("drain_hole", 8);
  const auto L = w.param("lip", 4, "how far the rim's lip stands out");
  const std::string fn = sides ? ", $fn = " + std::to_string(sides) : "";
  // A polygonal pot's flats are inside its circumcircle: the inner pot is a wall in on the flats.
  const std::string k = sides ? " / cos(180 / " + std::to_string(sides) + ")" : "";
  w.module("pot", "",
           {"difference() {", "  union() {", "    cylinder(h = " + H + ", d1 = " + BD + ", d2 = " + TD + fn + ");",
            "    translate([0, 0, " + H + " - 6]) cylinder(h = 6, d = " + TD + " + 2 * " + L + fn + ");", "  }",
            "  translate([0, 0, 2 * " + W + "]) cylinder(h = " + H + ", d1 = " + BD + " - 2 * " + W + k + ", d2 = " + TD +
                " - 2 * " + W + k + fn + ");",
            "  // drainage: one hole in the middle, the others around it",
            "  for (i = [0 : " + NH + " - 1]) rotate([0, 0, 360 * i / max(" + NH + " - 1, 1)])",
            "    translate([i == 0 ? 0 : " + BD + " / 4, 0, -1]) cylinder(h = 2 * " + W + " + 2, d = " + HD + ", $fn = 24);",
            "}"},
           "the pot with its lip and drainage holes");
  std::vector<std::string> parts = {"pot();"};
  if (feet) {
    w.module("feet", "", {"for (a = [30, 150, 270]) rotate([0, 0, a]) translate([" + BD + " * 0.28, 0, -5]) cylinder(h = 5.01, d = 12, $fn = 24);"},
             "three feet to lift it off the saucer, inside the footprint of any polygon");
    parts.push_back("feet();");
  }
  w.assembly("planter", parts);
  d.prompts.detail(Prompts::length(rng, top) + " across");
  if (sides == 4) d.prompts.adjective("square");
  if (sides == 6) d.prompts.adjective("hexagonal");
  if (sides == 8) d.prompts.adjective("octagonal");
  if (feet) d.prompts.detail("with feet");
  if (holes > 1) d.prompts.detail("with " + std::to_string(holes) + " drainage holes");
  if (top >= 150) d.prompts.adjective("large");
  if (top <= 100) d.prompts.adjective("small");
}

}  // namespace

void add_container_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"mug", "container", "Mug: a shelled cylinder with a looped handle", {"mug", "coffee mug", "tea mug"}, mug});
  out.push_back({"cup", "container", "Cup: a tapered tumbler, optionally on a foot ring", {"cup", "tumbler", "drinking cup"}, cup});
  out.push_back({"bowl", "container", "Bowl: a revolved curve on a flat foot, optionally with a rolled rim", {"bowl", "dish", "serving bowl"}, bowl});
  out.push_back({"vase", "container", "Vase: a revolved shell easing from base to belly to neck, round or many-sided", {"vase", "flower vase"}, vase});
  out.push_back({"planter", "container", "Planter: a tapered pot with a lip, drainage holes and optional feet", {"planter", "plant pot", "flower pot"}, planter});
}

}  // namespace cadscribe::synth
