// synth/object_home.cpp — more containers and household items: a box with a lid, a pencil
// holder, a tray, a soap dish, a picture frame, a bookend, a door stop, a candle holder, a napkin
// ring and a cable clip. Each stands on a flat face and prints without supports.
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

// A rounded rectangle's outline as a hull of four circles (the plate every tray-like part starts
// from): "rounded_box(size, radius, height)".
void rounded_box_module(ScadWriter& w) {
  w.module("rounded_box", "size, radius, height",
           {"hull() for (x = [radius, size[0] - radius], y = [radius, size[1] - radius])",
            "  translate([x, y, 0]) cylinder(h = height, r = radius);"},
           "a block with rounded vertical edges, corner at the origin");
}

// box with lid: a rounded box shelled from the top and a lid whose lip fits inside it with
// clearance. `part` picks what to print: the two parts side by side would be two bodies, so the
// default shows the box closed (the lid resting on the rim; a thumb notch in the rim lifts it).
void box_with_lid(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double x = grid(rng, 40, 120, 5), y = grid(rng, 30, std::min(x, 100.0), 5), h = grid(rng, 20, 70, 5);
  const double wall = grid(rng, 1.6, 3, 0.2), radius = grid(rng, 2, std::min(10.0, y / 4), 1);
  const double lip = grid(rng, 3, 8, 1), lid_h = lip + grid(rng, 2, 5, 0.5);  // the lip below a slab of at least 2 mm
  const auto X = w.param("length", x), Y = w.param("width", y), H = w.param("height", h, "the box without its lid");
  const auto W = w.param("wall", wall), R = w.param("corner_radius", radius);
  const auto LH = w.param("lid_height", lid_h), LIP = w.param("lip_depth", lip, "how far the lid's lip reaches into the box");
  const auto C = w.param("clearance", 0.3, "between the lip and the box wall");
  w.param_expr("part", "\"assembled\"", "\"box\", \"lid\" (upside down, to print) or \"assembled\"");
  rounded_box_module(w);
  w.module("box", "",
           {"difference() {", "  rounded_box([" + X + ", " + Y + "], " + R + ", " + H + ");",
            "  translate([" + W + ", " + W + ", " + W + "]) rounded_box([" + X + " - 2 * " + W + ", " + Y + " - 2 * " + W +
                "], max(" + R + " - " + W + ", 0.5), " + H + ");",
            "  // a thumb notch in the rim to lift the lid",
            "  translate([" + X + " / 2, -1, " + H + "]) rotate([-90, 0, 0]) cylinder(h = " + W + " + 2, r = 6);", "}"},
           "the box, open at the top, its floor as thick as its wall");
  w.module("lid", "",
           {"rounded_box([" + X + ", " + Y + "], " + R + ", " + LH + " - " + LIP + ");",
            "// the lip: a ring that fits inside the box",
            "translate([" + W + " + " + C + ", " + W + " + " + C + ", -" + LIP + "]) difference() {",
            "  rounded_box([" + X + " - 2 * (" + W + " + " + C + "), " + Y + " - 2 * (" + W + " + " + C + ")], max(" + R +
                " - " + W + ", 0.5), " + LIP + " + 0.01);",
            "  translate([" + W + ", " + W + ", -1]) rounded_box([" + X + " - 4 * " + W + " - 2 * " + C + ", " + Y + " - 4 * " +
                W + " - 2 * " + C + "], max(" + R + " - 2 * " + W + ", 0.5), " + LIP + " + 2);",
            "}"},
           "a flat lid with a lip underneath, top face at the origin's height of its own slab");
  w.assembly("box_with_lid", {"if (part == \"box\") box();",
                              "else if (part == \"lid\") translate([0, " + Y + ", " + LH + " - " + LIP + "]) rotate([180, 0, 0]) lid();",
                              "else { box(); translate([0, 0, " + H + " - 0.01]) lid(); }  // resting on the rim"});
  d.prompts.detail(Prompts::length(rng, x) + " long");
  d.prompts.detail(Prompts::length(rng, h + lid_h - lip) + " high");
  if (h >= 50) d.prompts.adjective("deep");
  if (h <= 25) d.prompts.adjective("shallow");
  if (x <= 50) d.prompts.adjective("small");
  if (radius >= 6) d.prompts.detail("with rounded corners");
}

// pencil holder: an open cylinder or polygonal prism, optionally with a slanted top edge and
// more than one compartment.
void pencil_holder(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double dia = grid(rng, 55, 100, 5), h = grid(rng, 70, 120, 5), wall = grid(rng, 1.6, 3, 0.2);
  const int sides = pick(rng, {0, 0, 6, 8});  // 0: round
  const bool slant = chance(rng, 0.4), divided = chance(rng, 0.35);
  const double slant_drop = slant ? grid(rng, 10, std::floor(h * 0.3), 1) : 0;
  const auto D = w.param("diameter", dia), H = w.param("height", h), W = w.param("wall", wall);
  const std::string fn = sides > 0 ? ", $fn = " + std::to_string(sides) : "";
  std::vector<std::string> body = {"difference() {", "  cylinder(h = " + H + ", " + w.round_size(D) + fn + ");",
                                   "  translate([0, 0, 2 * " + W + "]) cylinder(h = " + H + ", " + w.round_size(D + " - 2 * " + W) + fn + ");"};
  if (slant) {
    const auto S = w.param("slant", slant_drop, "how much lower the front edge is");
    body.push_back("  // the slanted top: lower at the front");
    body.push_back("  translate([0, 0, " + H + "]) rotate([-atan(" + S + " / " + D + "), 0, 0]) translate([-" + D + ", -" + D +
                   ", -" + S + " / 2]) cube([2 * " + D + ", 2 * " + D + ", " + H + "]);");
  }
  body.push_back("}");
  w.module("cup", "", body, "the holder, open at the top, with a floor twice its wall");
  std::vector<std::string> parts = {"cup();"};
  if (divided) {
    w.module("divider", "",
             {"translate([-(" + D + " / 2 - " + W + " / 2), -" + W + " / 2, 0]) cube([" + D + " - " + W + ", " + W + ", " + H +
              " * 0.6]);"},
             "a wall across the middle, lower than the rim");
    parts.push_back("divider();");
  }
  w.assembly("pencil_holder", parts);
  d.prompts.detail(Prompts::length(rng, h) + " tall");
  d.prompts.detail(Prompts::length(rng, dia) + " across");
  if (sides == 6) d.prompts.adjective("hexagonal");
  if (sides == 8) d.prompts.adjective("octagonal");
  if (slant) d.prompts.detail("with a slanted top");
  if (divided) d.prompts.detail("with two compartments");
}

// tray: a shallow rounded box with low walls, optionally divided into a grid of compartments.
void tray(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double x = grid(rng, 80, 200, 10), y = grid(rng, 60, std::min(x, 150.0), 10), h = grid(rng, 12, 35, 1);
  const double wall = grid(rng, 1.6, 3, 0.2), radius = grid(rng, 3, 12, 1);
  const int cols = int(rng.uniform_int(1, 4)), rows = int(rng.uniform_int(1, 3));
  const auto X = w.param("length", x), Y = w.param("width", y), H = w.param("height", h), W = w.param("wall", wall);
  const auto R = w.param("corner_radius", radius);
  const auto NC = w.param("columns", cols), NR = w.param("rows", rows);
  rounded_box_module(w);
  w.module("shell", "",
           {"difference() {", "  rounded_box([" + X + ", " + Y + "], " + R + ", " + H + ");",
            "  translate([" + W + ", " + W + ", " + W + "]) rounded_box([" + X + " - 2 * " + W + ", " + Y + " - 2 * " + W + "], max(" +
                R + " - " + W + ", 0.5), " + H + ");",
            "}"},
           "the tray, its floor as thick as its wall");
  // Guarded loops: with one column, [1 : 0] would count down (OpenSCAD swaps such ranges).
  w.module("dividers", "",
           {"if (" + NC + " > 1) for (i = [1 : " + NC + " - 1]) translate([i * " + X + " / " + NC + " - " + W + " / 2, 0, 0]) cube([" + W +
                ", " + Y + ", " + H + " - 2]);",
            "if (" + NR + " > 1) for (j = [1 : " + NR + " - 1]) translate([0, j * " + Y + " / " + NR + " - " + W + " / 2, 0]) cube([" + X +
                ", " + W + ", " + H + " - 2]);"},
           "walls between the compartments, a little below the rim");
  std::vector<std::string> parts = {"shell();", "intersection() {", "  dividers();",
                                    "  rounded_box([" + X + ", " + Y + "], " + R + ", " + H + ");  // kept inside the outline", "}"};
  w.assembly("tray", parts);
  d.prompts.detail(Prompts::length(rng, x) + " by " + Prompts::length(rng, y));
  if (cols * rows > 1) d.prompts.detail("with " + std::to_string(cols * rows) + " compartments");
  if (h <= 18) d.prompts.adjective("shallow");
  if (h >= 30) d.prompts.adjective("deep");
}

// soap dish: a rounded slab with a shallow recess, drain slots through the floor and optionally
// ribs the soap rests on.
void soap_dish(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double x = grid(rng, 90, 140, 5), y = grid(rng, 60, std::min(x - 10, 100.0), 5), h = grid(rng, 10, 22, 1);
  const int slots = int(rng.uniform_int(3, 7));
  const bool ribs = chance(rng, 0.5), oval = chance(rng, 0.4);
  const auto X = w.param("length", x), Y = w.param("width", y), H = w.param("height", h);
  const auto F = w.param("floor", 3), N = w.param("slots", slots, "drain slots");
  std::vector<std::string> parts;
  if (oval) {
    w.module("outline", "height, inset", {"translate([" + X + " / 2, " + Y + " / 2, 0]) scale([(" + X + " - 2 * inset) / (" + Y +
                                          " - 2 * inset), 1, 1]) cylinder(h = height, d = " + Y + " - 2 * inset);"},
             "the dish's oval outline, shrunk by `inset`");
  } else {
    w.module("outline", "height, inset", {"translate([inset, inset, 0]) hull() for (x = [8, " + X + " - 2 * inset - 8], y = [8, " + Y +
                                          " - 2 * inset - 8]) translate([x, y, 0]) cylinder(h = height, r = 8);"},
             "the dish's rounded outline, shrunk by `inset`");
  }
  w.module("dish", "",
           {"difference() {", "  outline(" + H + ", 0);", "  translate([0, 0, " + F + "]) outline(" + H + ", 3);",
            "  // drain slots across the floor",
            "  for (i = [0 : " + N + " - 1]) translate([" + X + " * 0.25 + i * " + X + " * 0.5 / max(" + N + " - 1, 1) - 1.5, " + Y +
                " * 0.3, -1]) cube([3, " + Y + " * 0.4, " + F + " + 2]);",
            "}"},
           "the dish with its recess");
  parts.push_back("dish();");
  if (ribs) {
    w.module("ribs", "", {"for (i = [0 : 3]) translate([" + X + " * 0.2, " + Y + " * (0.2 + i * 0.2) - 1, " + F + " - 0.01]) cube([" +
                          X + " * 0.6, 2, 3]);"},
             "ribs the soap rests on, so it dries");
    parts.push_back("ribs();");
  }
  w.assembly("soap_dish", parts);
  d.prompts.detail(Prompts::length(rng, x) + " long");
  d.prompts.detail("with " + std::to_string(slots) + " drain slots");
  if (oval) d.prompts.adjective("oval");
  if (ribs) d.prompts.detail("with ribs");
}

// picture frame: a flat frame with a rebate at the back for the photo and optionally a hanging
// hole; photo sizes are the usual prints.
void picture_frame(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const auto [px, py] = pick(rng, {std::pair{89.0, 127.0}, std::pair{102.0, 152.0}, std::pair{127.0, 178.0}, std::pair{60.0, 90.0}});
  const bool landscape = chance(rng, 0.4);
  const double photo_x = landscape ? py : px, photo_y = landscape ? px : py;
  const double border = grid(rng, 8, 25, 1), depth = grid(rng, 5, 10, 1), bevel = chance(rng, 0.5) ? grid(rng, 1, 3, 1) : 0;
  const bool hang = chance(rng, 0.5);
  const auto PX = w.param("photo_width", photo_x), PY = w.param("photo_height", photo_y);
  const auto B = w.param("border", border, "frame width around the opening"), T = w.param("depth", depth);
  const auto L = w.param("lip", 4, "how far the frame overlaps the photo");
  std::vector<std::string> body = {"difference() {", "  cube([" + PX + " + 2 * " + B + ", " + PY + " + 2 * " + B + ", " + T + "]);",
                                   "  // the window",
                                   "  translate([" + B + " + " + L + ", " + B + " + " + L + ", -1]) cube([" + PX + " - 2 * " + L + ", " + PY +
                                       " - 2 * " + L + ", " + T + " + 2]);",
                                   "  // the rebate at the back (the bottom here) that holds photo and backing",
                                   "  translate([" + B + ", " + B + ", -1]) cube([" + PX + ", " + PY + ", 3 + 1]);"};
  if (bevel > 0) {
    const auto BV = w.param("bevel", bevel);
    body.push_back("  // a bevel round the front edge");
    body.push_back("  translate([" + B + " + " + L + " - " + BV + ", " + B + " + " + L + " - " + BV + ", " + T + " - " + BV +
                   "]) cube([" + PX + " - 2 * " + L + " + 2 * " + BV + ", " + PY + " - 2 * " + L + " + 2 * " + BV + ", " + BV + " + 1]);");
  }
  if (hang) {
    body.push_back("  // a keyhole to hang it from a nail");
    body.push_back("  translate([(" + PX + " + 2 * " + B + ") / 2, " + PY + " + 2 * " + B + " - " + B + " / 2, -1]) cylinder(h = " + T +
                   " - 2 + 1, d = min(5, " + B + " - 3));");
  }
  body.push_back("}");
  w.module("frame", "", body, "the frame, lying on its back with the rebate underneath");
  w.assembly("picture_frame", {"frame();"});
  d.prompts.detail("for a " + scad_number(photo_x) + " by " + scad_number(photo_y) + " mm photo");
  d.prompts.adjective(landscape ? "landscape" : "portrait");
  if (border >= 20) d.prompts.detail("with a wide border");
  if (border <= 10) d.prompts.adjective("thin");
  if (hang) d.prompts.detail("to hang on the wall");
}

// bookend: an L of a base plate and an upright, with a gusset or a cut-out shape in the upright.
void bookend(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double h = grid(rng, 100, 180, 5), width = grid(rng, 70, 130, 5), base = grid(rng, 70, 130, 5);
  const double t = grid(rng, 3, 6, 0.5);
  const int deco = int(rng.uniform_int(0, 3));  // 0 plain, 1 gusset, 2 round window, 3 arch top
  const auto H = w.param("height", h), W = w.param("width", width), B = w.param("base_depth", base, "slides under the books");
  const auto T = w.param("thickness", t);
  std::vector<std::string> upright = {"cube([" + W + ", " + T + ", " + H + "]);"};
  if (deco == 2)
    upright = {"difference() {", "  cube([" + W + ", " + T + ", " + H + "]);",
               "  translate([" + W + " / 2, -1, " + H + " * 0.6]) rotate([-90, 0, 0]) cylinder(h = " + T + " + 2, d = min(" + W +
                   ", " + H + ") * 0.45);",
               "}"};
  if (deco == 3)
    upright = {"hull() {", "  cube([" + W + ", " + T + ", " + H + " - " + W + " / 2]);",
               "  translate([" + W + " / 2, 0, " + H + " - " + W + " / 2]) rotate([-90, 0, 0]) cylinder(h = " + T + ", d = " + W + ");", "}"};
  w.module("upright", "", upright, "the plate the books lean on");
  w.module("base", "", {"translate([0, -" + B + ", 0]) cube([" + W + ", " + B + " + " + T + ", " + T + "]);"}, "the plate under the books");
  std::vector<std::string> parts = {"upright();", "base();"};
  if (deco == 1) {
    w.module("gusset", "", {"translate([" + W + " / 2 - " + T + " / 2, " + T + ", 0]) rotate([90, 0, 90]) linear_extrude(" + T +
                            ") polygon([[-0.01, 0], [" + B + " * 0.3, 0], [-0.01, " + H + " * 0.4]]);"},
             "a triangular brace behind the upright");
    // The brace stands behind the upright (away from the books): flip it there.
    parts.push_back("mirror([0, 1, 0]) translate([0, -" + T + ", 0]) gusset();");
  }
  w.assembly("bookend", parts);
  d.prompts.detail(Prompts::length(rng, h) + " tall");
  if (deco == 1) d.prompts.detail("with a brace");
  if (deco == 2) d.prompts.detail("with a round window");
  if (deco == 3) d.prompts.adjective("arched");
  if (t >= 5) d.prompts.adjective("sturdy");
}

// door stop: a wedge, optionally with grip ridges on top and a finger hole at the tall end.
void door_stop(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double length = grid(rng, 90, 160, 5), width = grid(rng, 30, 60, 5), h = grid(rng, 18, 40, 1);
  const bool ridges = chance(rng, 0.6), hole = chance(rng, 0.5);
  const auto L = w.param("length", length), W = w.param("width", width), H = w.param("height", h, "at the tall end");
  w.module("wedge", "", {"rotate([90, 0, 0]) translate([0, 0, -" + W + "]) linear_extrude(" + W + ") polygon([[0, 0], [" + L +
                         ", 0], [" + L + ", " + H + "], [" + L + " * 0.15, 3], [0, 3]]);"},
           "the wedge; its thin end stays 3 mm thick so it does not snap");
  std::vector<std::string> cuts;
  if (ridges) {
    const auto N = w.param("ridges", int(rng.uniform_int(4, 9)));
    w.module("grooves", "", {"for (i = [1 : " + N + "]) translate([" + L + " * 0.2 + i * " + L + " * 0.7 / (" + N + " + 1), -1, " + H +
                             " * (0.2 + i * 0.7 / (" + N + " + 1)) - 0.5]) rotate([0, -atan(" + H + " / " + L + "), 0]) cube([1.5, " + W + " + 2, 3]);"},
             "grooves across the slope, for grip");
    cuts.push_back("grooves();");
  }
  if (hole) {
    cuts.push_back("translate([" + L + " - " + H + " * 0.5, -1, " + H + " * 0.45]) rotate([-90, 0, 0]) cylinder(h = " + W +
                   " + 2, d = " + H + " * 0.4);  // a finger hole");
  }
  std::vector<std::string> a = {"difference() {", "  wedge();"};
  for (const auto& c : cuts) a.push_back("  " + c);
  a.push_back("}");
  w.assembly("door_stop", cuts.empty() ? std::vector<std::string>{"wedge();"} : a);
  d.prompts.detail(Prompts::length(rng, length) + " long");
  d.prompts.detail(Prompts::length(rng, h) + " high");
  if (ridges) d.prompts.detail("with grip ridges");
  if (hole) d.prompts.detail("with a finger hole");
  if (width >= 50) d.prompts.adjective("wide");
}

// candle holder: a base disc or polygon with a socket for a tealight or a taper candle.
void candle_holder(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const bool tealight = chance(rng, 0.5);
  const double socket = tealight ? 38.5 + 0.5 : grid(rng, 20, 24, 0.5);  // tealights are 38 mm; tapers ~22 mm
  const double socket_depth = tealight ? 10 : grid(rng, 15, 25, 1);
  const double base = grid(rng, std::ceil(socket) + 20, std::ceil(socket) + 70, 5), stem = tealight ? 0 : grid(rng, 0, 60, 5);
  const int sides = pick(rng, {0, 0, 5, 6, 8});
  const auto SD = w.param("socket_diameter", socket, tealight ? "a tealight and some play" : "a taper candle"),
             SH = w.param("socket_depth", socket_depth);
  const auto BD = w.param("base_diameter", base), BH = w.param("base_height", grid(rng, 4, 10, 1));
  const auto ST = w.param("stem_height", stem, "between the base and the socket");
  const std::string fn = sides > 0 ? ", $fn = " + std::to_string(sides) : "";
  w.module("base", "", {"cylinder(h = " + BH + ", d1 = " + BD + ", d2 = " + BD + " * 0.9" + fn + ");"}, "the foot");
  w.module("socket", "",
           {"translate([0, 0, " + BH + " - 0.01]) difference() {",
            "  cylinder(h = " + ST + " + " + SH + " + 2, d1 = " + SD + " + 8, d2 = " + SD + " + 5);",
            "  translate([0, 0, " + ST + " + 2]) cylinder(h = " + SH + " + 1, " + w.round_size(SD) + ");", "}"},
           "the stem and the cup the candle stands in");
  w.assembly("candle_holder", {"base();", "socket();"});
  d.prompts.detail(tealight ? "for a tealight" : "for a taper candle");
  if (stem >= 40) d.prompts.adjective("tall");
  if (sides > 0) d.prompts.detail("with a " + std::to_string(sides) + "-sided base");
  d.prompts.detail(Prompts::length(rng, base) + " wide at the base");
}

// napkin ring: a short tube, round or polygonal, optionally with holes round its side.
void napkin_ring(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double inner = grid(rng, 35, 50, 1), wall = grid(rng, 2, 4, 0.5), h = grid(rng, 20, 40, 1);
  const int sides = pick(rng, {0, 0, 6, 8, 12}), holes = chance(rng, 0.5) ? int(rng.uniform_int(6, 12)) : 0;
  const auto ID = w.param("inner_diameter", inner), W = w.param("wall", wall), H = w.param("height", h);
  const std::string fn = sides > 0 ? ", $fn = " + std::to_string(sides) : "";
  std::vector<std::string> body = {"difference() {", "  cylinder(h = " + H + ", " + w.round_size(ID + " + 2 * " + W) + fn + ");",
                                   "  translate([0, 0, -1]) cylinder(h = " + H + " + 2, " + w.round_size(ID) + fn + ");"};
  if (holes > 0) {
    const auto N = w.param("holes", holes);
    // Each hole only crosses the wall: drills that all met on the axis would make one costly star.
    body.push_back("  for (i = [0 : " + N + " - 1]) rotate([0, 0, i * 360 / " + N + " + 180 / " + N + "]) translate([" + ID +
                   " / 2 - 2, 0, " + H + " / 2]) rotate([0, 90, 0]) cylinder(h = " + W + " * 2 + 4, d = min(" + H + " * 0.45, " +
                   ID + " * 3.1 / " + N + " * 0.5), $fn = 16);");
  }
  body.push_back("}");
  w.module("ring", "", body, "the ring");
  w.assembly("napkin_ring", {"ring();"});
  d.prompts.detail(Prompts::length(rng, h) + " wide");
  if (sides == 6) d.prompts.adjective("hexagonal");
  if (sides == 8) d.prompts.adjective("octagonal");
  if (holes > 0) d.prompts.detail("with " + std::to_string(holes) + " holes");
  if (wall >= 3.5) d.prompts.adjective("chunky");
}

// cable clip: a C-shaped clip for one cable on a flat foot with a screw hole (or an adhesive pad).
void cable_clip(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double cable = grid(rng, 4, 12, 0.5), wall = grid(rng, 1.6, 2.6, 0.2), width = grid(rng, 8, 16, 1);
  const bool screw = chance(rng, 0.6);
  const double opening = std::round(cable * rng.uniform(0.6, 0.8) * 10) / 10;
  const auto C = w.param("cable_diameter", cable), W = w.param("wall", wall), B = w.param("width", width, "along the cable");
  const auto O = w.param("opening", opening, "narrower than the cable, so it snaps in", 1);
  const auto FL = w.param("foot_length", screw ? grid(rng, 2 * cable + 14, 2 * cable + 24, 1) : cable + 2 * wall);
  w.module("clip", "",
           {"translate([0, 0, " + C + " / 2 + " + W + "]) rotate([-90, 0, 0]) difference() {",
            "  cylinder(h = " + B + ", d = " + C + " + 2 * " + W + ");", "  translate([0, 0, -1]) cylinder(h = " + B + " + 2, d = " + C + ");",
            "  // the opening at the top",
            "  translate([-" + O + " / 2, -(" + C + " + " + W + " + 1), -1]) cube([" + O + ", " + C + " + " + W + " + 1, " + B + " + 2]);", "}"},
           "the C that holds the cable");
  std::vector<std::string> foot = {"translate([-" + FL + " / 2, 0, 0]) cube([" + FL + ", " + B + ", " + W + "]);"};
  if (screw)
    foot = {"difference() {", "  " + foot[0],
            "  for (s = [-1, 1]) translate([s * (" + FL + " / 2 - 4), " + B + " / 2, -1]) cylinder(h = " + W + " + 2, d = 3.5, $fn = 16);",
            "}"};
  w.module("foot", "", foot, screw ? "the foot, with a screw hole each side" : "the foot, for an adhesive pad");
  w.assembly("cable_clip", {"clip();", "foot();"});
  d.prompts.detail("for a " + scad_number(cable) + " mm cable");
  if (screw) d.prompts.detail("with screw holes");
  else d.prompts.adjective("stick-on");
  if (width >= 14) d.prompts.adjective("wide");
}

// keychain: a flat tag (rounded rectangle, circle or shield) with a ring hole and a raised rim
// or a sunk panel for a name.
void keychain(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int shape = int(rng.uniform_int(0, 2));  // 0 rounded rectangle, 1 disc, 2 shield
  const double len = grid(rng, 35, 70, 5), wid = grid(rng, 20, std::min(45.0, len), 5), t = grid(rng, 2.5, 5, 0.5);
  const bool rim = chance(rng, 0.5);
  const auto L = w.param("length", len), W = w.param("width", shape == 1 ? len : wid), T = w.param("thickness", t);
  const auto HD = w.param("hole_diameter", grid(rng, 4, 6, 0.5), "for the key ring");
  std::vector<std::string> outline;
  if (shape == 0) outline = {"hull() for (x = [-1, 1], y = [-1, 1]) translate([x * (" + L + " / 2 - 5), y * (" + W + " / 2 - 5)]) circle(r = 5);"};
  if (shape == 1) outline = {"circle(d = " + L + ");"};
  if (shape == 2)
    outline = {"hull() {", "  translate([-" + L + " / 2, -" + W + " / 2]) square([" + L + " * 0.5, " + W + "]);",
               "  translate([" + L + " / 2 - 3, 0]) circle(r = 3);", "}"};
  w.module("outline", "", outline, "the tag's shape, centred");
  std::vector<std::string> cuts = {"translate([-" + L + " / 2 + " + HD + ", 0, -1]) cylinder(h = " + T + " + 2, d = " + HD + ", $fn = 24);  // the ring hole"};
  if (rim)
    cuts.push_back("translate([" + HD + " * 1.2, 0, " + T + " - 1]) linear_extrude(2) scale([(" + L + " - 4 * " + HD + ") / " + L +
                   ", 0.7]) outline();  // a sunk panel for a name");
  w.assembly("keychain", union_minus({"linear_extrude(" + T + ") outline();"}, cuts));
  d.prompts.adjective(shape == 0 ? "rectangular" : shape == 1 ? "round" : "shield-shaped");
  d.prompts.detail(Prompts::length(rng, len) + " long");
  if (rim) d.prompts.detail("with a name panel");
  if (t >= 4) d.prompts.adjective("thick");
}

// dice: a cube with rounded edges (a cube intersected with a sphere) and pips sunk in its faces,
// opposite faces summing to seven.
void dice(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double size = grid(rng, 12, 30, 1), round = grid(rng, 1.3, 1.6, 0.05);
  const auto S = w.param("size", size), R = w.param("rounding", round, "sphere diameter / size: smaller is rounder", 2);
  const auto P = w.param("pip", std::round(size * rng.uniform(0.14, 0.2) * 2) / 2, "pip diameter");
  w.line_function("pips(n)",
                  "[[], [[0, 0]], [[-1, -1], [1, 1]], [[-1, -1], [0, 0], [1, 1]], [[-1, -1], [-1, 1], [1, -1], [1, 1]], "
                  "[[-1, -1], [-1, 1], [0, 0], [1, -1], [1, 1]], [[-1, -1], [-1, 0], [-1, 1], [1, -1], [1, 0], [1, 1]]][n]",
                  "pip positions on a face, in quarter sizes");
  w.module("face", "n", {"for (p = pips(n)) translate([p[0] * " + S + " / 4, p[1] * " + S + " / 4, " + S + " / 2]) sphere(d = " + P + ", $fn = 16);"},
           "the pips of face n, on the +z face");
  w.assembly("dice", union_minus({"translate([0, 0, " + S + " / 2]) intersection() {", "  cube(" + S + ", center = true);",
                                  "  sphere(d = " + S + " * " + R + ", $fn = 48);", "}"},
                                 {"translate([0, 0, " + S + " / 2]) {", "  face(1);", "  rotate([180, 0, 0]) face(6);",
                                  "  rotate([90, 0, 0]) face(2);", "  rotate([-90, 0, 0]) face(5);", "  rotate([0, 90, 0]) face(3);",
                                  "  rotate([0, -90, 0]) face(4);", "}"}));
  d.prompts.detail(Prompts::length(rng, size) + " on a side");
  if (size <= 15) d.prompts.adjective("small");
  if (size >= 25) d.prompts.adjective("big");
  if (round <= 1.4) d.prompts.adjective("rounded");
}

// ring: a finger ring sized by the ISO 8653 inside circumference, flat or domed band,
// optionally a flat signet top.
void finger_ring(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int size = int(rng.uniform_int(44, 70));  // ISO size = inside circumference in mm
  const double band = grid(rng, 3, 8, 0.5), t = grid(rng, 1.6, 2.6, 0.2);
  const bool domed = chance(rng, 0.5), signet = chance(rng, 0.3);
  const auto C = w.param("ring_size", size, "ISO 8653: the inside circumference in mm");
  const auto B = w.param("band_width", band), T = w.param("thickness", t);
  w.line_function("inner_d()", C + " / PI");
  const std::string section = domed ? "translate([inner_d() / 2, 0]) scale([" + T + " / (" + B + " / 2), 1]) intersection() { circle(d = " + B +
                                          "); translate([0, -" + B + "]) square(2 * " + B + "); }"
                                    : "translate([inner_d() / 2, -" + B + " / 2]) square([" + T + ", " + B + "]);";
  // The band lies flat, its axis upright (z from 0 to the band width), as it prints best.
  w.module("band", "", {"translate([0, 0, " + B + " / 2]) rotate_extrude($fn = 96) " + section}, domed ? "a domed band" : "a flat band");
  std::vector<std::string> parts = {"band();"};
  if (signet) {
    w.module("signet", "",
             {"translate([inner_d() / 2 + " + T + " * 0.5, 0, " + B + " / 2]) rotate([0, 90, 0]) cylinder(h = " + T + " * 1.5, d = " + B +
              ", $fn = 32);"},
             "a flat top on the band, as wide as the band");
    parts.push_back("signet();");
  }
  w.assembly("finger_ring", parts);
  d.prompts.detail("size " + std::to_string(size));
  d.prompts.detail(Prompts::length(rng, band) + " wide");
  if (domed) d.prompts.adjective("domed");
  if (signet) d.prompts.adjective("signet");
}

// cookie cutter: a thin cutting wall round a shape (circle, star or heart) with a wider flange
// at the top to press on; printed flange down.
void cookie_cutter(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int shape = int(rng.uniform_int(0, 2));  // 0 circle, 1 star, 2 heart
  const double size = grid(rng, 40, 90, 5), h = grid(rng, 12, 20, 1), wall = grid(rng, 1.2, 1.8, 0.2);
  const auto S = w.param("size", size, "across the shape"), H = w.param("height", h), W = w.param("wall", wall, "the cutting edge");
  const auto F = w.param("flange", grid(rng, 3, 6, 0.5), "width of the rim to press on");
  std::vector<std::string> outline;
  if (shape == 0) outline = {"circle(d = " + S + ");"};
  if (shape == 1) {
    const auto N = w.param("points", int(rng.uniform_int(5, 8)));
    outline = {"polygon([for (i = [0 : 2 * " + N + " - 1]) (i % 2 == 0 ? " + S + " / 2 : " + S + " * 0.3) * [cos(i * 180 / " + N +
               "), sin(i * 180 / " + N + ")]]);"};
  }
  if (shape == 2)
    outline = {"// two lobes and a point", "translate([0, -" + S + " * 0.1]) rotate(45) {",
               "  square(" + S + " * 0.5, center = true);",
               "  for (v = [[0, " + S + " * 0.25], [" + S + " * 0.25, 0]]) translate(v) circle(d = " + S + " * 0.5);", "}"};
  w.module("shape", "", outline, shape == 0 ? "a circle" : shape == 1 ? "a star" : "a heart");
  w.module("wall", "width, height",
           {"linear_extrude(height) difference() {", "  offset(r = width, $fn = 16) shape();", "  shape();", "}"},
           "a wall of `width` round the shape");
  w.assembly("cookie_cutter", {"wall(" + W + ", " + H + ");  // the cutting edge", "wall(" + F + ", 2.5);  // the flange"});
  d.prompts.adjective(shape == 0 ? "round" : shape == 1 ? "star" : "heart");
  if (shape == 1) d.prompts.detail("shaped like a star");
  if (shape == 2) d.prompts.detail("shaped like a heart");
  d.prompts.detail(Prompts::length(rng, size) + " across");
}

}  // namespace

void add_home_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"box_with_lid", "container", "Box with lid: a rounded box and a lid with a lip, shown closed or printed apart",
                 {"box with lid", "box with a lid", "storage box", "lidded box"}, box_with_lid});
  out.push_back({"pencil_holder", "container", "Pencil holder: an open round or polygonal cup, slanted or divided",
                 {"pencil holder", "pen holder", "pencil cup"}, pencil_holder});
  out.push_back({"tray", "container", "Tray: a shallow rounded box, optionally with compartments", {"tray", "organizer tray"}, tray});
  out.push_back({"soap_dish", "household", "Soap dish: a recessed slab with drain slots and optional ribs", {"soap dish", "soap holder"}, soap_dish});
  out.push_back({"picture_frame", "household", "Picture frame: a frame with a rebate for a standard photo print",
                 {"picture frame", "photo frame", "frame"}, picture_frame});
  out.push_back({"bookend", "household", "Bookend: an L of plates, plain, braced, windowed or arched", {"bookend", "book end"}, bookend});
  out.push_back({"door_stop", "household", "Door stop: a wedge with optional grip ridges and a finger hole", {"door stop", "doorstop", "door wedge"}, door_stop});
  out.push_back({"candle_holder", "household", "Candle holder: a foot with a socket for a tealight or a taper",
                 {"candle holder", "candlestick", "tealight holder"}, candle_holder});
  out.push_back({"napkin_ring", "household", "Napkin ring: a short round or polygonal tube, optionally pierced", {"napkin ring", "napkin holder"}, napkin_ring});
  out.push_back({"keychain", "household", "Keychain: a flat tag with a ring hole and an optional name panel", {"keychain", "key tag", "key fob"}, keychain});
  out.push_back({"dice", "toy", "Dice: a rounded cube with sunk pips, opposite faces summing to seven", {"dice", "die", "game die"}, dice});
  out.push_back({"finger_ring", "household", "Ring: a flat or domed band at an ISO ring size, optionally a signet top", {"ring", "finger ring"}, finger_ring});
  out.push_back({"cookie_cutter", "household", "Cookie cutter: a thin wall round a circle, star or heart, with a flange", {"cookie cutter", "biscuit cutter"}, cookie_cutter});
  out.push_back({"cable_clip", "household", "Cable clip: a snap-in C on a foot with screw holes or for a pad", {"cable clip", "cable holder", "wire clip"}, cable_clip});
}

}  // namespace cadscribe::synth
