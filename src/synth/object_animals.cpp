// synth/object_animals.cpp — stylised animals built from primitives, flat-bottomed to stand on the print bed.
//
// Each animal is a handful of ellipsoids (scaled spheres), cones and hulls, every part sunk well
// into the one it hangs from (a head 20–30% into the body, legs up to the body's centre, eyes and
// beaks with their centres inside the head), so every variant is one connected body; the union is
// cut flat at z = 0. Features are at least ~2 mm thick (kMinWall is 1.2 mm). Sizes in mm; the
// animal faces +x (side-on animals) or -y (upright birds), the floor is z = 0.
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

std::string num(double v) { return scad_number(v); }

// The shared helper module: an ellipsoid of the given [x, y, z] size, centred on the origin.
void ellipsoid_module(ScadWriter& w) {
  w.module("ellipsoid", "size", {"scale(size) sphere(" + w.round_size("1") + ", $fn = 32);"},
           "an ellipsoid of the given [x, y, z] size, centred");
}

// Two eyes, mirrored across the y = 0 plane (side-on animals), centres `in` under the surface of
// a head of diameter `hd` centred at (hx, 0, hz): their direction from the head's centre is
// (fx, ±fy, fz), a unit-ish vector.
void side_eyes(ScadWriter& w, const std::string& hx, const std::string& hz, const std::string& hd, double fx, double fy,
               double fz, const std::string& eye) {
  const double n = std::sqrt(fx * fx + fy * fy + fz * fz);
  const double k = 0.46 / n;  // centres a little inside the head's surface (radius 0.5 × hd)
  w.module("eyes", "",
           {"for (s = [-1, 1])",
            "  translate([" + hx + " + " + hd + " * " + num(fx * k) + ", s * " + hd + " * " + num(fy * k) + ", " + hz + " + " + hd +
                " * " + num(fz * k) + "])",
            "    sphere(" + w.round_size(eye) + ", $fn = 16);"},
           "two eyes, set into the head");
}

// ---------------------------------------------------------------------------------------------
// duck: a rubber duck: an ellipsoid body with a raised tail, a round head sunk into its front,
// a flat wide beak and eyes; optionally wings and a hat (a top hat or a cap).
void duck(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bl = grid(rng, 40, 80, 1);
  const double bw = size_in(rng, bl * 0.62, bl * 0.75), bh = size_in(rng, bl * 0.5, bl * 0.65);
  const double hd = size_in(rng, bl * 0.45, bl * 0.6), beak = size_in(rng, hd * 0.3, hd * 0.5);
  const double tilt = grid(rng, 20, 45, 5);
  const bool wings = chance(rng, 0.6);
  const int hat = int(pick(rng, {0, 0, 1, 2}));  // none, top hat, cap
  const double eye = std::max(3.0, std::round(hd * 0.14 * 2) / 2);
  w.param("body_length", bl); w.param("body_width", bw); w.param("body_height", bh);
  w.param("head_diameter", hd); w.param("beak_length", beak, "how far the beak stands out");
  w.param("tail_tilt", tilt, "degrees the tail turns up");
  w.param("eye_diameter", eye);
  w.param_expr("body_z", "body_height * 0.35", "the body's centre: its lowest 15% is cut flat");
  w.param_expr("head_x", "body_length * 0.22");
  w.param_expr("head_z", "body_height * 0.85 + head_diameter * 0.2", "the head sinks into the body");
  ellipsoid_module(w);
  w.module("body", "",
           {"translate([0, 0, body_z]) ellipsoid([body_length, body_width, body_height]);",
            "// the tail: a smaller ellipsoid at the back, turned up",
            "translate([-body_length * 0.4, 0, body_height * 0.55]) rotate([0, tail_tilt, 0])",
            "  ellipsoid([body_length * 0.35, body_width * 0.35, body_height * 0.3]);"},
           "the floating body and its tail");
  w.module("head", "", {"translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);"}, "the round head");
  w.module("beak", "",
           {"translate([head_x + head_diameter * 0.45, 0, head_z - head_diameter * 0.1])",
            "  ellipsoid([beak_length * 2, head_diameter * 0.45, max(3, head_diameter * 0.16)]);"},
           "a flat, wide beak, its back half inside the head");
  side_eyes(w, "head_x", "head_z", "head_diameter", 0.6, 0.62, 0.3, "eye_diameter");
  std::vector<std::string> parts = {"body();", "head();", "beak();", "eyes();"};
  if (wings) {
    w.module("wings", "",
             {"for (s = [-1, 1]) translate([-body_length * 0.05, s * body_width * 0.43, body_height * 0.45]) rotate([0, -10, 0])",
              "  ellipsoid([body_length * 0.5, body_width * 0.2, body_height * 0.4]);"},
             "a wing on each side, mostly inside the body");
    parts.push_back("wings();");
  }
  double height = bh * 0.85 + hd * 0.7;
  if (hat == 1) {
    const double hh = size_in(rng, hd * 0.35, hd * 0.6);
    w.param("hat_height", hh);
    w.module("hat", "",
             {"translate([head_x, 0, head_z + head_diameter * 0.38]) {",
              "  cylinder(h = 2.5, " + w.round_size("head_diameter * 0.8") + ", $fn = 32);  // the brim, sunk into the head",
              "  cylinder(h = hat_height, " + w.round_size("head_diameter * 0.5") + ", $fn = 32);", "}"},
             "a top hat");
    parts.push_back("hat();");
    height = bh * 0.85 + hd * 0.58 + hh;
  } else if (hat == 2) {
    w.module("hat", "",
             {"translate([head_x, 0, head_z + head_diameter * 0.15]) scale([1, 1, 0.75]) sphere(" + w.round_size("head_diameter * 0.95") +
                  ", $fn = 32);  // the crown",
              "translate([head_x + head_diameter * 0.3, 0, head_z + head_diameter * 0.2]) cylinder(h = 2.5, " +
                  w.round_size("head_diameter * 0.6") + ", $fn = 32);  // the peak"},
             "a cap with a peak over the beak");
    parts.push_back("hat();");
  }
  w.assembly("duck", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, std::round(bl + beak * 0.5)) + " long");
  if (hat == 1) d.prompts.detail("with a top hat");
  if (hat == 2) d.prompts.detail("wearing a cap");
  if (wings) d.prompts.detail("with wings");
  if (bl >= 70) d.prompts.adjective("big");
  if (bl <= 48) d.prompts.adjective("little");
  if (height >= bl * 1.15) d.prompts.adjective("tall");
}

// ---------------------------------------------------------------------------------------------
// cat: sitting upright (body tall, front paws, tail curled along the floor or raised) or lying
// down (body long, paws forward); a round head with pointed ears, eyes and a nose.
void cat(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const bool sitting = chance(rng, 0.6);
  const bool tail_up = chance(rng, 0.35);
  double bl, bw, bh, hd;
  if (sitting) {
    bh = grid(rng, 40, 80, 1), bl = size_in(rng, bh * 0.62, bh * 0.78), bw = size_in(rng, bh * 0.55, bh * 0.68);
    hd = size_in(rng, bh * 0.5, bh * 0.65);
  } else {
    bl = grid(rng, 55, 100, 1), bw = size_in(rng, bl * 0.4, bl * 0.5), bh = size_in(rng, bl * 0.34, bl * 0.42);
    hd = size_in(rng, bl * 0.36, bl * 0.45);
  }
  const double ear = grid(rng, 0.28, 0.5, 0.02), td = std::max(5.0, std::round(std::min(bw, bh) * 0.16));
  const double eye = std::max(2.5, std::round(hd * 0.13 * 2) / 2);
  w.param("body_length", bl); w.param("body_width", bw); w.param("body_height", bh);
  w.param("head_diameter", hd); w.param("ear_height", std::round(hd * ear * 2) / 2, "pointed ears");
  w.param("tail_diameter", td); w.param("eye_diameter", eye);
  if (sitting) {
    w.param_expr("body_z", "body_height * 0.42", "the body's centre; its bottom is cut flat");
    w.param_expr("head_x", "body_length * 0.12");
    w.param_expr("head_z", "body_height * 0.88 + head_diameter * 0.22", "the head sinks into the top of the body");
  } else {
    w.param_expr("body_z", "body_height * 0.4", "the body's centre; its bottom is cut flat");
    w.param_expr("head_x", "body_length * 0.45");
    w.param_expr("head_z", "body_height * 0.75 + head_diameter * 0.1", "the head rests on the front of the body");
  }
  ellipsoid_module(w);
  w.module("body", "", {"translate([0, 0, body_z]) ellipsoid([body_length, body_width, body_height]);"},
           sitting ? "the upright, sitting body" : "the long body, lying down");
  w.module("head", "", {"translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);"}, "the round head");
  w.module("ears", "",
           {"for (s = [-1, 1]) translate([head_x - head_diameter * 0.05, s * head_diameter * 0.24, head_z + head_diameter * 0.3])",
            "  rotate([-s * 18, 0, 0]) cylinder(h = ear_height + head_diameter * 0.12, d1 = head_diameter * 0.34, d2 = 2, $fn = 4);"},
           "two pointed ears, their bases inside the head");
  w.module("nose", "", {"translate([head_x + head_diameter * 0.47, 0, head_z - head_diameter * 0.05]) sphere(" + w.round_size("eye_diameter") + ", $fn = 16);"},
           "the nose");
  side_eyes(w, "head_x", "head_z", "head_diameter", 0.75, 0.42, 0.22, "eye_diameter");
  if (sitting)
    w.module("paws", "",
             {"for (s = [-1, 1]) translate([body_length * 0.28, s * body_width * 0.2, body_height * 0.04])",
              "  ellipsoid([body_length * 0.4, body_width * 0.24, body_height * 0.18]);"},
             "front paws on the floor");
  else
    w.module("paws", "",
             {"for (s = [-1, 1]) translate([body_length * 0.5, s * body_width * 0.22, body_height * 0.1])",
              "  ellipsoid([body_length * 0.36, body_width * 0.26, body_height * 0.3]);"},
             "front paws stretched forward");
  if (tail_up)
    w.module("tail", "",
             {"hull() {", "  translate([-body_length * 0.38, 0, body_height * 0.35]) sphere(" + w.round_size("tail_diameter") + ", $fn = 16);",
              "  translate([-body_length * 0.62, 0, body_height * " + std::string(sitting ? "0.9" : "1.1") + "]) sphere(" +
                  w.round_size("tail_diameter * 0.8") + ", $fn = 16);",
              "}"},
             "the tail, raised behind");
  else
    w.module("tail", "",
             {"hull() {", "  translate([-body_length * 0.38, 0, body_height * 0.3]) sphere(" + w.round_size("tail_diameter") + ", $fn = 16);",
              "  translate([body_length * 0.1, body_width * 0.55, tail_diameter * 0.4]) sphere(" + w.round_size("tail_diameter") + ", $fn = 16);",
              "}"},
             "the tail, curled round along the floor");
  w.assembly("cat", cut_flat({"body();", "head();", "ears();", "nose();", "eyes();", "paws();", "tail();"}));
  d.prompts.adjective(sitting ? "sitting" : "lying");
  if (sitting) d.prompts.detail(Prompts::length(rng, std::round(bh * 0.88 + hd * 0.72 + hd * ear)) + " tall");
  else d.prompts.detail(Prompts::length(rng, std::round(bl * 0.95 + hd * 0.3)) + " long");
  d.prompts.detail(ear >= 0.42 ? "with tall pointed ears" : ear <= 0.34 ? "with short ears" : "with pointed ears");
  d.prompts.detail(tail_up ? "with its tail up" : "with its tail curled round");
}

// ---------------------------------------------------------------------------------------------
// dog: a body on four legs, a neck up to a round head with a snout and a nose, floppy or
// pointed ears, and a tail held up or low.
void dog(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bl = grid(rng, 50, 100, 1);
  const double bw = size_in(rng, bl * 0.34, bl * 0.42), bh = size_in(rng, bl * 0.36, bl * 0.46);
  const double leg = size_in(rng, bl * 0.15, bl * 0.45), ld = std::max(6.0, std::round(bw * grid(rng, 0.3, 0.4, 0.02)));
  const double hd = size_in(rng, bh * 0.8, bh * 1.0), snout = size_in(rng, hd * 0.1, hd * 0.45);
  const double tail = size_in(rng, bl * 0.2, bl * 0.4), tail_a = grid(rng, 20, 70, 5);
  const bool floppy = chance(rng, 0.55);
  const double eye = std::max(2.5, std::round(hd * 0.12 * 2) / 2);
  w.param("body_length", bl); w.param("body_width", bw); w.param("body_height", bh);
  w.param("leg_length", leg, "floor to the body's underside"); w.param("leg_diameter", ld);
  w.param("head_diameter", hd); w.param("snout_length", snout); w.param("tail_length", tail);
  w.param("tail_angle", tail_a, "degrees from upright"); w.param("eye_diameter", eye);
  w.param_expr("body_z", "leg_length + body_height * 0.5", "the body's centre");
  w.param_expr("head_x", "body_length * 0.48");
  w.param_expr("head_z", "body_z + body_height * 0.45 + head_diameter * 0.2");
  ellipsoid_module(w);
  w.module("body", "",
           {"translate([0, 0, body_z]) ellipsoid([body_length, body_width, body_height]);",
            "// the neck: from the front of the body up into the head",
            "hull() {", "  translate([body_length * 0.3, 0, body_z]) sphere(" + w.round_size("body_height * 0.6") + ", $fn = 24);",
            "  translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter * 0.6") + ", $fn = 24);", "}"},
           "the body and neck");
  w.module("legs", "",
           {"for (x = [-1, 1], y = [-1, 1]) translate([x * body_length * 0.3, y * body_width * 0.24, -1])",
            "  cylinder(h = body_z + 1, " + w.round_size("leg_diameter") + ", $fn = 24);"},
           "four legs, each reaching up to the body's centre");
  w.module("head", "",
           {"translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);",
            "hull() {  // the snout",
            "  translate([head_x + head_diameter * 0.2, 0, head_z - head_diameter * 0.12]) sphere(" + w.round_size("head_diameter * 0.5") +
                ", $fn = 24);",
            "  translate([head_x + head_diameter * 0.3 + snout_length, 0, head_z - head_diameter * 0.15]) sphere(" +
                w.round_size("head_diameter * 0.4") + ", $fn = 24);",
            "}",
            "translate([head_x + head_diameter * 0.48 + snout_length, 0, head_z - head_diameter * 0.08]) sphere(" +
                w.round_size("head_diameter * 0.18") + ", $fn = 16);  // the nose"},
           "the head with its snout and nose");
  if (floppy)
    w.module("ears", "",
             {"for (s = [-1, 1]) translate([head_x - head_diameter * 0.1, s * head_diameter * 0.44, head_z - head_diameter * 0.12])",
              "  rotate([s * 12, 0, 0]) ellipsoid([head_diameter * 0.32, max(3, head_diameter * 0.14), head_diameter * 0.7]);"},
             "floppy ears hanging at the sides");
  else
    w.module("ears", "",
             {"for (s = [-1, 1]) translate([head_x - head_diameter * 0.08, s * head_diameter * 0.24, head_z + head_diameter * 0.3])",
              "  rotate([-s * 15, 0, 0]) cylinder(h = head_diameter * 0.45, d1 = head_diameter * 0.32, d2 = 2.5, $fn = 4);"},
             "pointed ears standing up");
  side_eyes(w, "head_x", "head_z", "head_diameter", 0.55, 0.55, 0.38, "eye_diameter");
  w.module("tail", "",
           {"translate([-body_length * 0.42, 0, body_z + body_height * 0.15]) rotate([0, -tail_angle, 0])",
            "  cylinder(h = tail_length, d1 = leg_diameter * 0.8, d2 = max(3, leg_diameter * 0.45), $fn = 16);"},
           "the tail, from inside the back of the body");
  w.assembly("dog", cut_flat({"body();", "legs();", "head();", "ears();", "eyes();", "tail();"}));
  d.prompts.detail(Prompts::length(rng, std::round(bl * 0.95 + hd * 0.5 + snout)) + " long");
  d.prompts.detail(floppy ? "with floppy ears" : "with pointed ears");
  if (leg <= bl * 0.22) d.prompts.adjective("short-legged");
  if (leg >= bl * 0.38) d.prompts.adjective("long-legged");
  if (snout >= hd * 0.35) d.prompts.detail("with a long snout");
  if (tail_a <= 30) d.prompts.detail("with its tail up");
}

// ---------------------------------------------------------------------------------------------
// chicken: an egg-shaped body with a fan tail, a head on a short neck with a comb, a beak and a
// wattle; a sitting hen, or standing on thick legs on a round base.
void chicken(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bl = grid(rng, 40, 80, 1);
  const double bw = size_in(rng, bl * 0.6, bl * 0.72), bh = size_in(rng, bl * 0.68, bl * 0.85);
  const double hd = size_in(rng, bl * 0.36, bl * 0.46), tail = size_in(rng, bh * 0.15, bh * 0.45);
  const int lobes = int(rng.uniform_int(3, 5));
  const bool standing = chance(rng, 0.45), wings = chance(rng, 0.6);
  const double leg = standing ? size_in(rng, 8, std::max(8.0, bl * 0.25)) : 0;
  const double eye = std::max(2.5, std::round(hd * 0.14 * 2) / 2);
  w.param("body_length", bl); w.param("body_width", bw); w.param("body_height", bh);
  w.param("head_diameter", hd); w.param("tail_height", tail, "how far the tail rises above the back");
  w.param("comb_lobes", lobes); w.param("eye_diameter", eye);
  if (standing) {
    w.param("base_height", 3); w.param("leg_length", leg); w.param("leg_diameter", std::max(5.0, std::round(bl * 0.12)));
    w.param_expr("body_z", "base_height + leg_length + body_height * 0.5", "the body's centre");
  } else {
    w.param_expr("body_z", "body_height * 0.38", "a sitting hen: the bottom of the body is cut flat");
  }
  w.param_expr("head_x", "body_length * 0.36");
  w.param_expr("head_z", "body_z + body_height * 0.45 + head_diameter * 0.15");
  ellipsoid_module(w);
  w.module("body", "",
           {"translate([0, 0, body_z]) ellipsoid([body_length, body_width, body_height]);",
            "hull() {  // the tail fan, rising from the back",
            "  translate([-body_length * 0.3, 0, body_z + body_height * 0.1]) sphere(" + w.round_size("body_width * 0.45") + ", $fn = 24);",
            "  translate([-body_length * 0.48, 0, body_z + body_height * 0.4 + tail_height]) ellipsoid([body_length * 0.25, max(4, body_width * 0.2), body_length * 0.3]);",
            "}"},
           "the body and its tail");
  w.module("head", "",
           {"hull() {  // the neck and head",
            "  translate([body_length * 0.22, 0, body_z + body_height * 0.2]) sphere(" + w.round_size("head_diameter * 0.9") + ", $fn = 24);",
            "  translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);", "}"},
           "the head on a short neck");
  w.module("comb", "",
           {"for (i = [0 : comb_lobes - 1])",
            "  translate([head_x + head_diameter * (0.25 - 0.5 * i / (comb_lobes - 1)), 0, head_z + head_diameter * (0.42 - 0.1 * abs(i - (comb_lobes - 1) / 2) / comb_lobes)])",
            "    ellipsoid([head_diameter * 0.28, max(2.5, head_diameter * 0.16), head_diameter * 0.34]);"},
           "the comb: a row of lobes along the top of the head");
  w.module("beak", "",
           {"translate([head_x + head_diameter * 0.38, 0, head_z]) rotate([0, 95, 0]) cylinder(h = head_diameter * 0.35, d1 = head_diameter * 0.3, d2 = 2, $fn = 16);",
            "translate([head_x + head_diameter * 0.34, 0, head_z - head_diameter * 0.32]) ellipsoid([head_diameter * 0.18, max(2.5, head_diameter * 0.15), head_diameter * 0.3]);  // the wattle"},
           "the beak and the wattle under it");
  side_eyes(w, "head_x", "head_z", "head_diameter", 0.6, 0.6, 0.25, "eye_diameter");
  std::vector<std::string> parts = {"body();", "head();", "comb();", "beak();", "eyes();"};
  if (wings) {
    w.module("wings", "",
             {"for (s = [-1, 1]) translate([-body_length * 0.05, s * body_width * 0.4, body_z + body_height * 0.05]) rotate([0, -20, 0])",
              "  ellipsoid([body_length * 0.6, body_width * 0.22, body_height * 0.45]);"},
             "folded wings on the sides");
    parts.push_back("wings();");
  }
  if (standing) {
    w.module("legs", "",
             {"translate([0, 0, -1]) scale([body_length * 0.9, body_width, 1]) cylinder(h = base_height + 1, " + w.round_size("1") +
                  ", $fn = 32);  // the base",
              "for (s = [-1, 1]) translate([body_length * 0.05, s * body_width * 0.2, base_height - 0.5])",
              "  cylinder(h = leg_length + body_height * 0.2, " + w.round_size("leg_diameter") + ", $fn = 16);"},
             "two thick legs on an oval base");
    parts.push_back("legs();");
  }
  w.assembly("chicken", cut_flat(parts));
  const double height = (standing ? 3 + leg + bh * 0.5 : bh * 0.38) + bh * 0.45 + hd * 0.75;
  d.prompts.detail(Prompts::length(rng, std::round(height)) + " tall");
  d.prompts.adjective(standing ? "standing" : "sitting");
  if (standing) d.prompts.detail("on a base");
  if (tail >= bh * 0.35) d.prompts.detail("with a tall tail");
  if (lobes == 5) d.prompts.detail("with a big comb");
  if (!standing) d.prompts.adjective("nesting");
}

// ---------------------------------------------------------------------------------------------
// fish: a flattened ellipsoid body with a forked or fan tail fin and a dorsal fin (plates at
// least 2.5 mm thick, their roots inside the body), eyes; on a stand, or resting on its belly.
void fish(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bl = grid(rng, 50, 110, 1);
  const double bh = size_in(rng, bl * 0.38, bl * 0.6), bw = std::max(12.0, size_in(rng, bl * 0.2, bl * 0.3));
  const double tl = size_in(rng, bl * 0.22, bl * 0.38), th = size_in(rng, bh * 0.7, bh * 1.2);
  const double fin = size_in(rng, bh * 0.15, bh * 0.4), ft = grid(rng, 2.5, 4, 0.5);
  const bool forked = chance(rng, 0.6), stand = chance(rng, 0.5);
  const double eye = std::max(3.0, std::round(bh * 0.15 * 2) / 2);
  w.param("body_length", bl); w.param("body_height", bh); w.param("body_width", bw);
  w.param("tail_length", tl); w.param("tail_height", th, "tip to tip"); w.param("fin_height", fin, "the dorsal fin");
  w.param("fin_thickness", ft); w.param("eye_diameter", eye);
  if (stand) {
    w.param("post_height", size_in(rng, 10, 25)); w.param("base_diameter", size_in(rng, bl * 0.5, bl * 0.7));
    w.param_expr("body_z", "4 + post_height + body_height / 2", "the body's centre, above the stand");
  } else {
    w.param_expr("body_z", "body_height * 0.36", "the body's centre: the belly is cut flat");
  }
  ellipsoid_module(w);
  w.module("body", "", {"translate([0, 0, body_z]) ellipsoid([body_length, body_width, body_height]);"}, "the body, narrow from side to side");
  w.module("fin", "points", {"rotate([90, 0, 0]) linear_extrude(height = fin_thickness, center = true) polygon(points);"},
           "a fin: a flat plate in the fish's side plane");
  const std::string tail_pts = forked ? "[[body_length * 0.15, body_height * 0.12], [-tail_length, tail_height / 2], [-tail_length * 0.6, 0], "
                                        "[-tail_length, -tail_height / 2], [body_length * 0.15, -body_height * 0.12]]"
                                      : "[[body_length * 0.15, body_height * 0.12], [-tail_length * 0.8, tail_height / 2], [-tail_length, tail_height * 0.2], "
                                        "[-tail_length, -tail_height * 0.2], [-tail_length * 0.8, -tail_height / 2], [body_length * 0.15, -body_height * 0.12]]";
  w.module("tail", "", {"translate([-body_length / 2, 0, body_z])", "  fin(" + tail_pts + ");"},
           forked ? "a forked tail fin, its root inside the body" : "a fan tail fin, its root inside the body");
  w.module("dorsal_fin", "",
           {"translate([0, 0, body_z + body_height * 0.25])",
            "  fin([[-body_length * 0.25, 0], [body_length * 0.15, 0], [0, body_height * 0.25 + fin_height], [-body_length * 0.3, body_height * 0.2 + fin_height * 0.8]]);"},
           "the fin along the back");
  w.module("eyes", "",
           {"for (s = [-1, 1]) translate([body_length * 0.3, s * body_width * 0.37, body_z + body_height * 0.08])",
            "  sphere(" + w.round_size("eye_diameter") + ", $fn = 16);"},
           "an eye on each side, set into the body");
  std::vector<std::string> parts = {"body();", "tail();", "dorsal_fin();", "eyes();"};
  if (stand) {
    w.module("stand", "",
             {"translate([0, 0, -1]) cylinder(h = 5, " + w.round_size("base_diameter") + ", $fn = 32);",
              "cylinder(h = body_z, " + w.round_size("max(6, body_width * 0.5)") + ", $fn = 24);  // the post, up to the body's centre"},
             "a round base and a post");
    parts.push_back("stand();");
  }
  w.assembly("fish", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, std::round(bl + tl * 0.9)) + " long");
  if (stand) d.prompts.detail("on a stand");
  d.prompts.detail(forked ? "with a forked tail" : "with a fan tail");
  if (bh >= bl * 0.52) d.prompts.adjective("round");
  if (bh <= bl * 0.42) d.prompts.adjective("slender");
}

// ---------------------------------------------------------------------------------------------
// turtle: a domed shell over four flippers, a head on a neck and a short tail; optionally a
// rim around the shell and raised plates on it.
void turtle(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double sl = grid(rng, 50, 110, 1);
  const double sw = size_in(rng, sl * 0.7, sl * 0.85), sh = size_in(rng, sl * 0.25, sl * 0.42);
  const double hd = size_in(rng, sl * 0.2, sl * 0.28), neck = size_in(rng, sl * 0.05, sl * 0.16);
  const double fl = size_in(rng, sl * 0.28, sl * 0.4);
  const bool rim = chance(rng, 0.5), plates = chance(rng, 0.5);
  const double eye = std::max(2.5, std::round(hd * 0.16 * 2) / 2);
  w.param("shell_length", sl); w.param("shell_width", sw); w.param("shell_height", sh, "the dome above the floor");
  w.param("head_diameter", hd); w.param("neck_length", neck); w.param("flipper_length", fl); w.param("eye_diameter", eye);
  w.param("lift", 3, "the shell's widest point above the floor");
  w.param_expr("head_x", "shell_length * 0.5 + neck_length");
  w.param_expr("head_z", "head_diameter * 0.45");
  ellipsoid_module(w);
  w.module("shell", "", {"translate([0, 0, lift]) ellipsoid([shell_length, shell_width, 2 * (shell_height - lift)]);"},
           "the domed shell");
  w.module("flippers", "",
           {"for (x = [-1, 1], y = [-1, 1]) translate([x * shell_length * 0.3, y * shell_width * 0.35, 0]) rotate([0, 0, x * y * 40])",
            "  ellipsoid([flipper_length, flipper_length * 0.45, max(5, shell_height * 0.3)]);"},
           "four flippers, their inner halves under the shell");
  w.module("head", "",
           {"hull() {", "  translate([shell_length * 0.33, 0, head_z]) sphere(" + w.round_size("head_diameter * 0.75") + ", $fn = 24);",
            "  translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);", "}"},
           "the head on its neck, reaching out from under the shell");
  side_eyes(w, "head_x", "head_z", "head_diameter", 0.6, 0.6, 0.35, "eye_diameter");
  w.module("tail", "",
           {"translate([-shell_length * 0.42, 0, 2.5]) rotate([0, -90, 0]) cylinder(h = shell_length * 0.18, d1 = max(5, head_diameter * 0.45), d2 = 2, $fn = 16);"},
           "a short pointed tail");
  std::vector<std::string> parts = {"shell();", "flippers();", "head();", "eyes();", "tail();"};
  if (rim) {
    w.module("rim", "", {"scale([shell_length * 1.04, shell_width * 1.04, 1]) cylinder(h = lift + 2, " + w.round_size("1") + ", $fn = 32);"},
             "a band around the bottom of the shell");
    parts.push_back("rim();");
  }
  if (plates) {
    w.module("plates", "",
             {"translate([0, 0, shell_height - 1]) scale([1, 1, 0.35]) sphere(" + w.round_size("shell_length * 0.3") + ", $fn = 6);",
              "for (a = [0 : 60 : 300])",
              "  translate([cos(a) * shell_length * 0.28, sin(a) * shell_width * 0.28, lift + (shell_height - lift) * 0.83 - 1])",
              "    scale([1, 1, 0.35]) sphere(" + w.round_size("shell_length * 0.22") + ", $fn = 6);"},
             "raised six-sided plates on the shell");
    parts.push_back("plates();");
  }
  w.assembly("turtle", cut_flat(parts));
  d.prompts.detail(Prompts::length(rng, std::round(sl * 0.5 + neck + hd + sl * 0.6)) + " long");
  if (sh >= sl * 0.36) d.prompts.adjective("high-domed");
  if (sh <= sl * 0.3) d.prompts.adjective("flat");
  if (plates) d.prompts.detail("with plates on its shell");
  if (rim) d.prompts.detail("with a rim around the shell");
  if (neck >= sl * 0.12) d.prompts.detail("with its neck stretched out");
}

// ---------------------------------------------------------------------------------------------
// rabbit: a sitting bunny: a pear of body and haunches, big feet, a round head with long ears
// (upright, splayed or lop) and a ball tail.
void rabbit(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bh = grid(rng, 35, 70, 1);
  const double bl = size_in(rng, bh * 0.85, bh * 1.0), bw = size_in(rng, bh * 0.65, bh * 0.78);
  const double hd = size_in(rng, bh * 0.5, bh * 0.62);
  const int kind = int(pick(rng, {0, 0, 1, 2}));  // upright, splayed, lop
  const double el = kind == 2 ? size_in(rng, hd * 0.8, hd * 1.1) : size_in(rng, hd * 0.9, hd * 1.5);
  const double tilt = kind == 0 ? grid(rng, 0, 10, 2) : kind == 1 ? grid(rng, 20, 35, 5) : grid(rng, 115, 135, 5);
  const double eye = std::max(2.5, std::round(hd * 0.13 * 2) / 2);
  w.param("body_length", bl); w.param("body_width", bw); w.param("body_height", bh);
  w.param("head_diameter", hd); w.param("ear_length", el); w.param("ear_tilt", tilt, "degrees out from upright");
  w.param("eye_diameter", eye);
  w.param_expr("body_z", "body_height * 0.42", "the body's centre; its bottom is cut flat");
  w.param_expr("head_x", "body_length * 0.22");
  w.param_expr("head_z", "body_height * 0.85 + head_diameter * 0.2", "the head sinks into the top of the body");
  ellipsoid_module(w);
  w.module("body", "",
           {"translate([0, 0, body_z]) ellipsoid([body_length, body_width, body_height]);",
            "for (s = [-1, 1]) translate([-body_length * 0.1, s * body_width * 0.28, body_height * 0.25])",
            "  ellipsoid([body_length * 0.6, body_width * 0.4, body_height * 0.5]);  // the haunches",
            "translate([-body_length * 0.48, 0, body_height * 0.3]) sphere(" + w.round_size("body_height * 0.28") + ", $fn = 24);  // the tail"},
           "the body, haunches and a ball tail");
  w.module("feet", "",
           {"for (s = [-1, 1]) translate([body_length * 0.15, s * body_width * 0.25, 0])",
            "  ellipsoid([body_length * 0.5, body_width * 0.24, body_height * 0.2]);"},
           "big feet, half below the floor line");
  w.module("head", "",
           {"translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);",
            "translate([head_x + head_diameter * 0.47, 0, head_z - head_diameter * 0.06]) sphere(" + w.round_size("eye_diameter") +
                ", $fn = 16);  // the nose"},
           "the round head and its nose");
  w.module("ears", "",
           {"for (s = [-1, 1]) translate([head_x - head_diameter * 0.05, s * head_diameter * 0.18, head_z + head_diameter * 0.3])",
            "  rotate([-s * ear_tilt, 0, 0]) translate([0, 0, ear_length * 0.4])",
            "    ellipsoid([max(3, head_diameter * 0.14), head_diameter * 0.3, ear_length]);"},
           "two long ears, each turning from a point inside the head");
  side_eyes(w, "head_x", "head_z", "head_diameter", 0.65, 0.55, 0.2, "eye_diameter");
  w.assembly("rabbit", cut_flat({"body();", "feet();", "head();", "ears();", "eyes();"}));
  const double height = kind == 2 ? bh * 0.85 + hd * 0.7 : bh * 0.85 + hd * 0.5 + el * 0.9 * std::cos(tilt * M_PI / 180);
  d.prompts.detail(Prompts::length(rng, std::round(height)) + " tall");
  d.prompts.adjective("sitting");
  if (kind == 2) d.prompts.detail("with lop ears");
  if (kind == 2) d.prompts.adjective("lop-eared");
  if (kind != 2 && el >= hd * 1.3) d.prompts.detail("with very long ears");
  if (kind == 1) d.prompts.detail("with its ears splayed");
  if (kind == 0) d.prompts.detail("with upright ears");
}

// ---------------------------------------------------------------------------------------------
// owl: an upright egg of a body with wings folded at its sides, a big head with disc eyes, a
// hooked beak and, optionally, ear tufts; standing on the floor or on a branch.
void owl(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bh = grid(rng, 40, 90, 1);
  const double bw = size_in(rng, bh * 0.62, bh * 0.8), hd = size_in(rng, bw * 0.85, bw * 1.0);
  const double ed = size_in(rng, hd * 0.32, hd * 0.42), tuft = size_in(rng, hd * 0.2, hd * 0.4);
  const bool tufts = chance(rng, 0.6), branch = chance(rng, 0.4);
  w.param("body_height", bh); w.param("body_width", bw); w.param("head_diameter", hd); w.param("eye_diameter", ed, "the eye discs");
  w.param_expr("body_depth", "body_width * 0.85");
  w.param_expr("body_z", "body_height * 0.4", "the body's centre; its bottom is cut flat");
  w.param_expr("head_z", "body_height * 0.82 + head_diameter * 0.12", "the head sinks deep into the body");
  ellipsoid_module(w);
  w.module("body", "",
           {"translate([0, 0, body_z]) ellipsoid([body_width, body_depth, body_height]);",
            "for (s = [-1, 1]) translate([s * body_width * 0.4, body_depth * 0.05, body_height * 0.42]) rotate([0, s * 12, 0])",
            "  ellipsoid([body_width * 0.28, body_depth * 0.75, body_height * 0.7]);  // folded wings",
            "for (s = [-1, 1]) translate([s * body_width * 0.13, -body_depth * 0.25, 0])",
            "  ellipsoid([body_width * 0.2, body_depth * 0.3, max(5, body_height * 0.12)]);  // feet"},
           "the body, its wings and feet");
  w.module("head", "", {"translate([0, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);"}, "the big round head");
  w.module("eyes", "",
           {"for (s = [-1, 1]) translate([s * head_diameter * 0.22, -head_diameter * 0.3, head_z]) {",
            "  rotate([90, 0, 0]) cylinder(h = head_diameter * 0.2, " + w.round_size("eye_diameter") + ", $fn = 32);  // the disc",
            "  translate([0, -head_diameter * 0.2, 0]) sphere(" + w.round_size("eye_diameter * 0.4") + ", $fn = 16);  // the pupil", "}"},
           "two big disc eyes facing forward (-y), their backs inside the head");
  w.module("beak", "",
           {"translate([0, -head_diameter * 0.42, head_z - head_diameter * 0.14]) rotate([150, 0, 0])",
            "  cylinder(h = head_diameter * 0.2, d1 = head_diameter * 0.16, d2 = 2, $fn = 16);"},
           "a beak hooked down between the eyes");
  std::vector<std::string> parts = {"body();", "head();", "eyes();", "beak();"};
  if (tufts) {
    w.param("tuft_height", tuft);
    w.module("tufts", "",
             {"for (s = [-1, 1]) translate([s * head_diameter * 0.28, 0, head_z + head_diameter * 0.32]) rotate([0, s * 25, 0])",
              "  cylinder(h = tuft_height + head_diameter * 0.12, d1 = head_diameter * 0.26, d2 = 2.5, $fn = 16);"},
             "ear tufts");
    parts.push_back("tufts();");
  }
  if (branch) {
    w.param("branch_diameter", std::max(8.0, std::round(bh * 0.16)));
    w.module("branch", "",
             {"translate([0, 0, branch_diameter * 0.35]) rotate([0, 90, 0])",
              "  cylinder(h = body_width * 1.5, " + w.round_size("branch_diameter") + ", center = true, $fn = 24);"},
             "a branch to perch on, cut flat underneath");
    parts.push_back("branch();");
  }
  w.assembly("owl", cut_flat(parts));
  const double height = bh * 0.82 + hd * 0.62 + (tufts ? tuft * 0.8 : 0);
  d.prompts.detail(Prompts::length(rng, std::round(height)) + " tall");
  if (tufts) d.prompts.detail("with ear tufts");
  if (branch) d.prompts.detail("on a branch");
  if (ed >= hd * 0.39) d.prompts.detail("with big eyes");
  if (bw >= bh * 0.75) d.prompts.adjective("chubby");
  if (bh <= 50) d.prompts.adjective("little");
}

// ---------------------------------------------------------------------------------------------
// pig: a round body on four short legs, a head with a snout (two nostrils), ears flopped
// forward or pricked up, and a curly tail or a stub.
void pig(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bl = grid(rng, 50, 100, 1);
  const double bw = size_in(rng, bl * 0.55, bl * 0.66), bh = size_in(rng, bl * 0.5, bl * 0.6);
  const double leg = size_in(rng, bl * 0.08, bl * 0.2), hd = size_in(rng, bh * 0.7, bh * 0.85);
  const double snout = size_in(rng, hd * 0.2, hd * 0.3), ear = grid(rng, 10, 60, 5);
  const bool curly = chance(rng, 0.7);
  const double eye = std::max(2.5, std::round(hd * 0.1 * 2) / 2);
  w.param("body_length", bl); w.param("body_width", bw); w.param("body_height", bh);
  w.param("leg_length", leg, "below the body"); w.param("head_diameter", hd); w.param("snout_length", snout, "beyond the head's centre line");
  w.param("ear_angle", ear, "degrees the ears flop forward"); w.param("eye_diameter", eye);
  w.param_expr("body_z", "leg_length + body_height * 0.5");
  w.param_expr("head_x", "body_length * 0.42");
  w.param_expr("head_z", "body_z + body_height * 0.12");
  ellipsoid_module(w);
  w.module("body", "", {"translate([0, 0, body_z]) ellipsoid([body_length, body_width, body_height]);"}, "the round body");
  w.module("legs", "",
           {"for (x = [-1, 1], y = [-1, 1]) translate([x * body_length * 0.28, y * body_width * 0.24, -1])",
            "  cylinder(h = body_z + 1, " + w.round_size("body_width * 0.28") + ", $fn = 24);"},
           "four stubby legs, up into the body");
  w.module("head", "", {"translate([head_x, 0, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);"}, "the head");
  w.module("snout", "",
           {"difference() {",
            "  translate([head_x + head_diameter * 0.35, 0, head_z - head_diameter * 0.08]) rotate([0, 90, 0])",
            "    cylinder(h = snout_length, " + w.round_size("head_diameter * 0.42") + ", $fn = 24);",
            "  for (s = [-1, 1]) translate([head_x + head_diameter * 0.35 + snout_length - 1.5, s * head_diameter * 0.1, head_z - head_diameter * 0.08])",
            "    rotate([0, 90, 0]) cylinder(h = 3, " + w.round_size("head_diameter * 0.08") + ", $fn = 12);  // nostrils",
            "}"},
           "a flat-ended snout with two nostrils");
  w.module("ears", "",
           {"for (s = [-1, 1]) translate([head_x - head_diameter * 0.05, s * head_diameter * 0.26, head_z + head_diameter * 0.34])",
            "  rotate([-s * 20, ear_angle, 0]) scale([0.45, 1, 1])",
            "    cylinder(h = head_diameter * 0.4, d1 = head_diameter * 0.4, d2 = 3, $fn = 16);"},
           "triangular ears, flattened");
  side_eyes(w, "head_x", "head_z", "head_diameter", 0.7, 0.45, 0.3, "eye_diameter");
  if (curly)
    w.module("tail", "",
             {"translate([-body_length * 0.5, 0, body_z + body_height * 0.1]) rotate([90, 0, 0])",
              "  rotate_extrude(angle = 300, $fn = 24) translate([max(4, body_height * 0.1), 0]) circle(" + w.round_size("max(3, body_height * 0.07)") +
                  ", $fn = 12);"},
             "a curly tail, half inside the body");
  else
    w.module("tail", "",
             {"translate([-body_length * 0.46, 0, body_z + body_height * 0.1]) rotate([0, -60, 0]) cylinder(h = body_length * 0.12, d1 = max(4, body_height * 0.12), d2 = 3, $fn = 12);"},
             "a short stub of a tail");
  w.assembly("pig", cut_flat({"body();", "legs();", "head();", "snout();", "ears();", "eyes();", "tail();"}));
  d.prompts.detail(Prompts::length(rng, std::round(bl * 0.92 + hd * 0.35 + snout)) + " long");
  d.prompts.detail(curly ? "with a curly tail" : "with a stubby tail");
  if (ear >= 40) d.prompts.detail("with floppy ears");
  if (ear <= 20) d.prompts.detail("with pricked-up ears");
  if (bl >= 85) d.prompts.adjective("big");
  if (bl <= 60) d.prompts.adjective("little");
  if (bh >= bl * 0.56) d.prompts.adjective("chubby");
}

// ---------------------------------------------------------------------------------------------
// penguin: an upright body with flippers and feet, a head with a beak; optionally a belly and
// a scarf or a bobble hat.
void penguin(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double bh = grid(rng, 45, 100, 1);
  const double bw = size_in(rng, bh * 0.55, bh * 0.7), hd = size_in(rng, bw * 0.7, bw * 0.85);
  const double beak = size_in(rng, hd * 0.15, hd * 0.35), tilt = grid(rng, 8, 25, 1);
  const bool belly = chance(rng, 0.6);
  const int wear = int(pick(rng, {0, 0, 1, 2}));  // nothing, a scarf, a bobble hat
  const double eye = std::max(2.5, std::round(hd * 0.12 * 2) / 2);
  w.param("body_height", bh); w.param("body_width", bw); w.param("head_diameter", hd); w.param("beak_length", beak);
  w.param("flipper_angle", tilt, "degrees out from the sides"); w.param("eye_diameter", eye);
  w.param_expr("body_depth", "body_width * 0.85");
  w.param_expr("body_z", "body_height * 0.4", "the body's centre; its bottom is cut flat");
  w.param_expr("head_z", "body_height * 0.82 + head_diameter * 0.15", "the head sinks into the body");
  ellipsoid_module(w);
  std::vector<std::string> body = {"translate([0, 0, body_z]) ellipsoid([body_width, body_depth, body_height]);"};
  if (belly) body.push_back("translate([0, -body_depth * 0.12, body_height * 0.38]) ellipsoid([body_width * 0.72, body_depth * 0.8, body_height * 0.66]);  // the belly");
  w.module("body", "", body, belly ? "the upright body and its round belly" : "the upright body");
  w.module("head", "", {"translate([0, -body_depth * 0.05, head_z]) sphere(" + w.round_size("head_diameter") + ", $fn = 32);"}, "the head");
  w.module("beak", "",
           {"translate([0, -body_depth * 0.05 - head_diameter * 0.4, head_z - head_diameter * 0.06]) rotate([90, 0, 0])",
            "  cylinder(h = beak_length + head_diameter * 0.1, d1 = head_diameter * 0.24, d2 = 2, $fn = 16);"},
           "the beak, pointing forward (-y)");
  w.module("eyes", "",
           {"for (s = [-1, 1]) translate([s * head_diameter * 0.2, -body_depth * 0.05 - head_diameter * 0.38, head_z + head_diameter * 0.12])",
            "  sphere(" + w.round_size("eye_diameter") + ", $fn = 16);"},
           "two eyes, set into the face");
  w.module("flippers", "",
           {"for (s = [-1, 1]) translate([s * body_width * 0.44, 0, body_height * 0.5]) rotate([0, s * flipper_angle, 0])",
            "  ellipsoid([max(3.5, body_width * 0.14), body_depth * 0.45, body_height * 0.55]);"},
           "flippers at the sides");
  w.module("feet", "",
           {"for (s = [-1, 1]) translate([s * body_width * 0.15, -body_depth * 0.25, 0]) rotate([0, 0, s * 15])",
            "  ellipsoid([body_width * 0.3, body_depth * 0.45, max(5, body_height * 0.1)]);"},
           "flat feet poking out in front");
  std::vector<std::string> parts = {"body();", "head();", "beak();", "eyes();", "flippers();", "feet();"};
  if (wear == 1) {
    w.module("scarf", "",
             {"translate([0, -body_depth * 0.05, head_z - head_diameter * 0.3])",
              "  rotate_extrude($fn = 32) translate([head_diameter * 0.38, 0]) circle(" + w.round_size("max(4, head_diameter * 0.2)") + ", $fn = 12);",
              "translate([head_diameter * 0.25, -body_depth * 0.05 - head_diameter * 0.3, head_z - head_diameter * 0.45])",
              "  ellipsoid([head_diameter * 0.2, max(3, head_diameter * 0.1), head_diameter * 0.45]);  // the loose end"},
             "a scarf around the neck");
    parts.push_back("scarf();");
  } else if (wear == 2) {
    w.module("hat", "",
             {"translate([0, -body_depth * 0.05, head_z + head_diameter * 0.12]) scale([1, 1, 0.8]) sphere(" +
                  w.round_size("head_diameter * 1.04") + ", $fn = 32);",
              "translate([0, -body_depth * 0.05, head_z + head_diameter * 0.55]) sphere(" + w.round_size("head_diameter * 0.3") +
                  ", $fn = 24);  // the bobble"},
             "a bobble hat");
    parts.push_back("hat();");
  }
  w.assembly("penguin", cut_flat(parts));
  const double height = bh * 0.82 + hd * 0.65 + (wear == 2 ? hd * 0.05 + hd * 0.15 : 0);
  d.prompts.detail(Prompts::length(rng, std::round(height)) + " tall");
  if (wear == 1) d.prompts.detail("wearing a scarf");
  if (wear == 2) d.prompts.detail("with a bobble hat");
  if (bw >= bh * 0.65) d.prompts.adjective("chubby");
  if (bh <= 55) d.prompts.adjective("little");
  if (bh >= 85) d.prompts.adjective("big");
}

}  // namespace

void add_animal_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"duck", "animal", "Duck: a rubber duck with a flat beak, optional wings and a top hat or cap", {"duck", "rubber duck", "bath duck"}, duck});
  out.push_back({"cat", "animal", "Cat: sitting or lying, pointed ears, tail raised or curled", {"cat", "kitten", "kitty"}, cat});
  out.push_back({"dog", "animal", "Dog: a body on four legs, a snout, floppy or pointed ears and a tail", {"dog", "puppy", "doggy"}, dog});
  out.push_back({"chicken", "animal", "Chicken: an egg body with a comb, beak, wattle and fan tail, sitting or on legs", {"chicken", "hen"}, chicken});
  out.push_back({"fish", "animal", "Fish: a flattened body with a forked or fan tail and a dorsal fin, on a stand or its belly", {"fish", "goldfish"}, fish});
  out.push_back({"turtle", "animal", "Turtle: a domed shell on four flippers, a head on a neck, optional rim and plates", {"turtle", "tortoise"}, turtle});
  out.push_back({"rabbit", "animal", "Rabbit: a sitting bunny with long upright, splayed or lop ears and a ball tail", {"rabbit", "bunny", "bunny rabbit"}, rabbit});
  out.push_back({"owl", "animal", "Owl: an upright body with disc eyes, a beak, optional ear tufts and a branch", {"owl", "owl figurine"}, owl});
  out.push_back({"pig", "animal", "Pig: a round body on stubby legs, a snout with nostrils and a curly tail", {"pig", "piggy", "piglet"}, pig});
  out.push_back({"penguin", "animal", "Penguin: an upright body with flippers, feet and a beak, optionally a scarf or bobble hat", {"penguin", "penguin figure"}, penguin});
}

}  // namespace cadscribe::synth
