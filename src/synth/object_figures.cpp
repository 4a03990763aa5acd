// synth/object_figures.cpp — toys and stylised figures built from primitives, flat-bottomed to
// stand on the print bed.
#include <algorithm>
#include <cmath>

#include "synth/family_sampling.h"
#include "synth/object.h"

namespace cadscribe::synth {
namespace {

using sampling::chance;
using sampling::grid;

// snowman: two or three stacked spheres, each sunk into the one below, with a carrot nose and
// optionally a top hat; the bottom is cut flat.
void snowman(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const bool three = chance(rng, 0.7), hat = chance(rng, 0.5);
  const double base = grid(rng, 40, 70, 1), shrink = grid(rng, 0.6, 0.8, 0.01);
  const auto B = w.param("base_diameter", base), K = w.param("shrink", shrink, "each ball is this much of the one below", 2);
  const auto NB = w.param("balls", three ? 3 : 2);
  w.line_function("ball_d(i)", B + " * pow(" + K + ", i)", "diameter of ball i, from the bottom");
  w.line_function("ball_z(i)", "i == 0 ? ball_d(0) / 2 : ball_z(i - 1) + ball_d(i - 1) * 0.4 + ball_d(i) * 0.4",
                  "height of ball i's centre: each sits a little into the one below");
  w.module("balls", "", {"for (i = [0 : " + NB + " - 1]) translate([0, 0, ball_z(i)]) sphere(d = ball_d(i), $fn = 32);"}, "the stacked snowballs");
  w.module("nose", "",
           {"translate([0, -ball_d(" + NB + " - 1) * 0.45, ball_z(" + NB + " - 1)]) rotate([90, 0, 0])",
            "  cylinder(h = ball_d(" + NB + " - 1) * 0.35, d1 = ball_d(" + NB + " - 1) * 0.15, d2 = 1.5, $fn = 16);"},
           "a carrot nose");
  std::vector<std::string> parts = {"balls();", "nose();"};
  if (hat) {
    w.module("hat", "",
             {"translate([0, 0, ball_z(" + NB + " - 1) + ball_d(" + NB + " - 1) * 0.4]) {",
              "  cylinder(h = 2, d = ball_d(" + NB + " - 1) * 0.9, $fn = 32);  // brim",
              "  cylinder(h = ball_d(" + NB + " - 1) * 0.5, d = ball_d(" + NB + " - 1) * 0.55, $fn = 32);", "}"},
             "a top hat");
    parts.push_back("hat();");
  }
  // A slice off the lowest ball makes a flat bottom to stand on.
  std::vector<std::string> body = {"translate([0, 0, -" + B + " * 0.08]) difference() {", "  union() {"};
  for (const auto& p : parts) body.push_back("    " + p);
  body.insert(body.end(), {"  }", "  translate([0, 0, -" + B + " + " + B + " * 0.08]) cube(2 * " + B + ", center = true);  // a flat bottom", "}"});
  w.assembly("snowman", body);
  d.prompts.detail("with " + std::string(three ? "three" : "two") + " balls");
  if (hat) d.prompts.detail("with a top hat");
  if (base >= 60) d.prompts.adjective("big");
  if (base <= 45) d.prompts.adjective("little");
}

}  // namespace

void add_figure_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"snowman", "figure", "Snowman: stacked balls, a carrot nose and an optional top hat", {"snowman", "snow man"}, snowman});
}

}  // namespace cadscribe::synth
