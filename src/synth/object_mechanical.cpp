// synth/object_mechanical.cpp — small mechanical parts a maker prints: washers, spacers, hex
// nuts, bolts, gears, pulleys, knobs and wrenches. Metric sizes from ISO tables, so "an M8
// washer" is the size a bolt shop would sell.
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

struct Metric {
  int m;                            // thread size M<m>
  double washer_od, washer_t;       // ISO 7089
  double nut_af, nut_h;             // ISO 4032: across flats, height
};
const std::vector<Metric>& metric_sizes() {
  static const std::vector<Metric> sizes = {{3, 7, 0.5, 5.5, 2.4},  {4, 9, 0.8, 7, 3.2},   {5, 10, 1, 8, 4.7},
                                            {6, 12, 1.6, 10, 5.2},  {8, 16, 1.6, 13, 6.8}, {10, 20, 2, 16, 8.4},
                                            {12, 24, 2.5, 18, 10.8}, {16, 30, 3, 24, 14.8}};
  return sizes;
}
const Metric& draw_metric(base::Rng& rng, int smallest) {
  const auto& all = metric_sizes();
  std::vector<const Metric*> fit;
  for (const auto& m : all)
    if (m.m >= smallest) fit.push_back(&m);
  return *fit[size_t(rng.uniform_int(0, int64_t(fit.size()) - 1))];
}
std::string m_name(const Metric& m) { return "M" + std::to_string(m.m); }

// washer: a flat ring sized to a metric bolt (printed thicker than steel ones), optionally a
// fender washer (a wide outside diameter).
void washer(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const Metric& m = draw_metric(rng, 5);
  const int kind = int(rng.uniform_int(0, 3));  // 0, 1 plain; 2 fender (wide); 3 a custom outside diameter
  const double od = kind == 2 ? m.washer_od * 2 : kind == 3 ? grid(rng, m.washer_od + 2, m.washer_od * 3, 1) : m.washer_od;
  const double t = grid(rng, std::max(kMinWall + 0.3, std::ceil(m.washer_t * 2 * 2) / 2), 5, 0.5);
  const double clearance = sampling::pick(rng, {0.2, 0.4, 0.6, 1.0});  // ISO 273 fine … coarse, and a loose fit
  const auto ID = w.param("inner_diameter", m.m + clearance, "clearance for " + m_name(m), 1);
  const auto OD = w.param("outer_diameter", od), T = w.param("thickness", t, "printed thicker than steel");
  w.module("ring", "", {"difference() {", "  cylinder(h = " + T + ", " + w.round_size(OD) + ");",
                        "  translate([0, 0, -1]) cylinder(h = " + T + " + 2, " + w.round_size(ID) + ");", "}"},
           "a flat ring");
  w.assembly("washer", {"ring();"});
  d.prompts.adjective(m_name(m));
  d.prompts.detail("for an " + m_name(m) + " bolt");
  d.prompts.detail(Prompts::length(rng, od) + " across");
  if (kind == 2) d.prompts.adjective("fender");
  if (kind == 2) d.prompts.detail("with a wide rim");
  if (t >= 3.5) d.prompts.adjective("thick");
}

// spacer: a tube of a given length for a bolt, round or hexagonal outside.
void spacer(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const Metric& m = draw_metric(rng, 3);
  const double length = grid(rng, 5, 40, 1);
  const double od = std::ceil((m.m + 0.4 + 2 * std::max(kMinWall + 0.8, m.m * 0.35)) * 2) / 2;
  const bool hex = chance(rng, 0.35);
  const auto ID = w.param("bore", m.m + 0.4, "clearance for " + m_name(m), 1);
  const auto OD = w.param("outer_diameter", od, hex ? "across the corners" : ""), L = w.param("length", length);
  const std::string fn = hex ? ", $fn = 6" : "";
  w.module("tube", "", {"difference() {", "  cylinder(h = " + L + ", " + w.round_size(OD) + fn + ");",
                        "  translate([0, 0, -1]) cylinder(h = " + L + " + 2, " + w.round_size(ID) + ");", "}"},
           "a tube the bolt passes through");
  w.assembly("spacer", {"tube();"});
  d.prompts.detail(Prompts::length(rng, length) + " long");
  d.prompts.detail("for " + m_name(m));
  if (hex) d.prompts.adjective("hexagonal");
  if (length <= 8) d.prompts.adjective("short");
  if (length >= 30) d.prompts.adjective("long");
}

// hex nut: ISO 4032 proportions with chamfered corners (the cone intersection a lathe leaves);
// the thread is left as a plain bore at the minor diameter, to be tapped or for a self-cutting bolt.
void hex_nut(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const Metric& m = draw_metric(rng, 5);
  const bool chamfer = chance(rng, 0.7);
  const int kind = int(rng.uniform_int(0, 2));  // 0 regular, 1 jam (thin), 2 flanged
  const double h = kind == 1 ? std::round(m.nut_h * 0.6 * 10) / 10 : m.nut_h;
  const double bore = std::round(m.m * rng.uniform(0.82, 0.9) * 10) / 10;  // minor diameter, or a little over for a self-cutting bolt
  const auto AF = w.param("across_flats", m.nut_af, "wrench size"), H = w.param("height", h);
  const auto B = w.param("bore", bore, m_name(m) + " minor diameter, tap it", 1);
  std::vector<std::string> body = {"cylinder(h = " + H + ", d = " + AF + " / cos(30), $fn = 6);"};
  if (chamfer)
    body = {"intersection() {", "  " + body[0],
            "  // 30-degree chamfers on both faces: a double cone, revolved from its section",
            "  rotate_extrude($fn = 48) polygon([[0, 0], [" + AF + " / 2, 0], [" + AF + " / cos(30) / 2 + " + H + " / 2, " + H + " / 2], [" + AF +
                " / 2, " + H + "], [0, " + H + "]]);",
            "}"};
  std::vector<std::string> parts = {"hexagon();"};
  if (kind == 2) {
    const auto F = w.param("flange_diameter", std::ceil(m.nut_af * rng.uniform(1.3, 1.5))), FT = w.param("flange_thickness", std::max(1.5, std::round(h * 0.2 * 2) / 2));
    parts.push_back("cylinder(h = " + FT + ", " + w.round_size(F) + ");  // the flange");
  }
  w.module("hexagon", "", body, "the six-sided body");
  std::vector<std::string> a = {"difference() {", "  union() {"};
  for (const auto& p : parts) a.push_back("    " + p);
  a.insert(a.end(), {"  }", "  translate([0, 0, -1]) cylinder(h = " + H + " + 2, " + w.round_size(B) + ");", "}"});
  w.assembly("nut", a);
  d.prompts.adjective(m_name(m));
  d.prompts.detail("size " + m_name(m));
  if (kind == 1) d.prompts.adjective("thin");
  if (kind == 1) d.prompts.detail("jam style");
  if (kind == 2) d.prompts.adjective("flanged");
  if (!chamfer) d.prompts.adjective("plain");
}

// bolt: a hex or socket-cap head on a shank whose thread is the maker's classic approximation, a
// circle set off the axis and twisted up the shank (one helical lobe per pitch: it takes a nut
// printed the same way, not a steel one); optionally threaded only near the end.
void bolt(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const Metric& m = draw_metric(rng, 6);
  const double length = grid(rng, std::max(12.0, m.m * 2.0), m.m * 6.0, 2);
  const bool socket = chance(rng, 0.35), partial = chance(rng, 0.35);
  const double pitch = std::max(1.0, std::round(m.m * 0.15 * 4) / 4);  // close to ISO coarse
  const auto Dm = w.param("diameter", m.m, m_name(m)), L = w.param("length", length, "under the head");
  const auto P = w.param("pitch", pitch), TL = w.param("thread_length", partial ? std::round(length * 0.5) : length);
  std::vector<std::string> head;
  if (socket) {
    const auto HD = w.param("head_diameter", 1.5 * m.m), HH = w.param("head_height", m.m);
    const auto K = w.param("key", std::round(m.m * 0.8 * 2) / 2, "hex key size", 1);
    head = {"difference() {", "  cylinder(h = " + HH + ", " + w.round_size(HD) + ");",
            "  translate([0, 0, " + HH + " * 0.4]) cylinder(h = " + HH + ", d = " + K + " / cos(30), $fn = 6);  // the hex socket", "}"};
  } else {
    const auto AF = w.param("across_flats", m.nut_af, "wrench size"), HH = w.param("head_height", std::round(m.nut_h * 0.7 * 2) / 2);
    head = {"cylinder(h = " + HH + ", d = " + AF + " / cos(30), $fn = 6);"};
  }
  w.module("head", "", head, socket ? "a socket cap head" : "a hexagon head");
  w.module("shank", "",
           {"translate([0, 0, -" + L + "]) {",
            "  // the plain part, a little under the thread's outside diameter",
            "  translate([0, 0, " + TL + " - 0.01]) cylinder(h = " + L + " - " + TL + " + 0.02, d = " + Dm + " - " + P + " * 0.3);",
            "  // the thread: an offset circle twisted once per pitch",
            "  linear_extrude(height = " + TL + ", twist = -360 * " + TL + " / " + P + ", slices = ceil(" + TL + " / " + P + ") * 8)",
            "    translate([" + P + " * 0.3, 0]) circle(d = " + Dm + " - " + P + " * 0.6, $fn = 24);",
            "}"},
           "the shank, threaded from its end");
  w.assembly("bolt", {"// upside down as printed: the head on the bed would need the shank upright either way",
                      "translate([0, 0, " + L + "]) {", "  head();", "  shank();", "}"});
  d.prompts.adjective(m_name(m));
  d.prompts.detail(m_name(m) + " x " + scad_number(length));
  d.prompts.detail(Prompts::length(rng, length) + " long");
  if (socket) d.prompts.adjective("socket head");
  else d.prompts.adjective("hex");
  if (partial) d.prompts.detail("partly threaded");
}

// gear: a spur gear of n teeth and module m with trapezoidal teeth (an approximation of the
// involute: meshes with its own kind), a bore with an optional key flat, an optional hub and
// lightening holes on larger gears.
void gear(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int teeth = int(rng.uniform_int(10, 48));
  const double module = pick(rng, {1.0, 1.25, 1.5, 2.0, 2.5});
  const double pitch_d = teeth * module, thick = grid(rng, 4, 12, 1);
  const double bore = std::max(3.0, std::min(grid(rng, 3, 12, 1), std::floor(pitch_d * 0.3)));
  const bool hub = chance(rng, 0.5), flat = chance(rng, 0.5), holes = pitch_d >= 50 && chance(rng, 0.6);
  const auto N = w.param("teeth", teeth), M = w.param("gear_module", module, "pitch diameter / teeth");
  const auto T = w.param("thickness", thick), B = w.param("bore", bore);
  w.line_function("pitch_radius()", N + " * " + M + " / 2");
  w.line_function("gear_outline(n)",
                  "[for (i = [0 : n - 1], k = [0 : 3]) let(a = (i + [0, 0.2, 0.4, 0.6][k]) * 360 / n, r = [pitch_radius() - 1.25 * " +
                      M + ", pitch_radius() + " + M + ", pitch_radius() + " + M + ", pitch_radius() - 1.25 * " + M +
                      "][k]) [r * cos(a), r * sin(a)]]",
                  "root, tip, tip, root: one trapezoid per tooth");
  const std::string hole = "translate([0, 0, -1]) cylinder(h = " + T + " + 20, " + w.round_size(B) + ", $fn = 32);";
  std::vector<std::string> cuts = {hole};
  if (flat)  // a D-shaped bore: the flat keeps the gear from slipping on the shaft
    cuts = {"difference() {", "  " + hole, "  translate([" + B + " * 0.3, -" + B + ", -2]) cube([" + B + ", 2 * " + B + ", " + T + " + 30]);", "}"};
  std::vector<std::string> body = {"linear_extrude(height = " + T + ") polygon(gear_outline(" + N + "));"};
  if (hub) {
    const auto HD = w.param("hub_diameter", std::ceil(std::min(bore * 2 + 6, pitch_d * 0.7))), HL = w.param("hub_length", grid(rng, 4, 10, 1));
    body.push_back("cylinder(h = " + T + " + " + HL + ", " + w.round_size(HD) + ", $fn = 48);  // the hub");
  }
  if (holes) {
    const auto NH = w.param("holes", int(rng.uniform_int(4, 6)), "lightening holes");
    cuts.push_back("for (i = [0 : " + NH + " - 1]) rotate([0, 0, i * 360 / " + NH + "]) translate([pitch_radius() * 0.55, 0, -1]) cylinder(h = " + T +
                   " + 2, d = pitch_radius() * 0.35, $fn = 24);");
  }
  w.assembly("gear", union_minus(body, cuts));
  d.prompts.detail("with " + std::to_string(teeth) + " teeth");
  d.prompts.detail("module " + scad_number(module));
  d.prompts.detail(Prompts::length(rng, pitch_d + 2 * module) + " across");
  if (hub) d.prompts.detail("with a hub");
  if (teeth <= 14) d.prompts.adjective("small");
  if (teeth >= 40) d.prompts.adjective("large");
  d.prompts.adjective("spur");
}

// pulley: a V-belt or round-belt pulley, a groove revolved into a disc, on an optional hub with a
// set-screw hole.
void pulley(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double dia = grid(rng, 20, 80, 2), width = grid(rng, 8, 16, 1), bore = grid(rng, 3, std::min(12.0, std::floor(dia * 0.25)), 1);
  const double groove = std::floor(std::min(width * 0.35, dia * 0.12) * 2) / 2;
  const bool vee = chance(rng, 0.6), hub = chance(rng, 0.6);
  const auto D = w.param("diameter", dia), W = w.param("width", width), B = w.param("bore", bore);
  const auto G = w.param("groove_depth", groove);
  const std::string profile = vee ? "[[0, 0], [" + D + " / 2, 0], [" + D + " / 2, 1.5], [" + D + " / 2 - " + G + ", " + W + " / 2], [" + D +
                                        " / 2, " + W + " - 1.5], [" + D + " / 2, " + W + "], [0, " + W + "]]"
                                  : "concat([[0, 0], [" + D + " / 2, 0]], [for (a = [-80 : 10 : 80]) [" + D + " / 2 - " + G +
                                        " * cos(a), " + W + " / 2 + " + W + " * 0.35 * sin(a)]], [[" + D + " / 2, " + W + "], [0, " + W + "]])";
  w.module("wheel", "", {"rotate_extrude($fn = 64) polygon(" + profile + ");"},
           vee ? "the wheel with a V groove" : "the wheel with a round groove for an O-ring belt");
  std::vector<std::string> parts = {"wheel();"};
  std::vector<std::string> cuts = {"translate([0, 0, -1]) cylinder(h = 100, " + w.round_size(B) + ", $fn = 32);"};
  if (hub) {
    const auto HD = w.param("hub_diameter", std::min(std::ceil(bore * 2 + 8), dia - 2 * groove - 2)), HL = w.param("hub_length", grid(rng, 6, 12, 1));
    parts.push_back("translate([0, 0, " + W + " - 0.01]) cylinder(h = " + HL + ", " + w.round_size(HD) + ", $fn = 48);  // the hub");
    cuts.push_back("translate([0, 0, " + W + " + " + HL + " / 2]) rotate([0, 90, 0]) cylinder(h = " + HD + ", d = 3, $fn = 16);  // set screw");
  }
  w.assembly("pulley", union_minus(parts, cuts));
  d.prompts.detail(Prompts::length(rng, dia) + " diameter");
  d.prompts.detail("with a " + scad_number(bore) + " mm bore");
  d.prompts.adjective(vee ? "V-belt" : "round-belt");
  if (hub) d.prompts.detail("with a set screw hub");
}

// knob: a control knob for a shaft: knurled, fluted or lobed grip, a D-shaft bore, optionally a
// pointer mark on top.
void knob(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double dia = grid(rng, 15, 45, 1), h = grid(rng, 10, 25, 1), shaft = pick(rng, {4.0, 6.0, 6.35});
  const int grip = int(rng.uniform_int(0, 2));  // 0 knurled (notches), 1 lobed (star), 2 smooth with a skirt
  const bool pointer = chance(rng, 0.5);
  const auto D = w.param("diameter", dia), H = w.param("height", h), S = w.param("shaft", shaft, "shaft diameter, D-flat", 2);
  std::vector<std::string> body;
  if (grip == 0) {
    const auto N = w.param("notches", int(rng.uniform_int(12, 30)));
    body = {"difference() {", "  cylinder(h = " + H + ", " + w.round_size(D) + ");",
            "  for (i = [0 : " + N + " - 1]) rotate([0, 0, i * 360 / " + N + "]) translate([" + D + " / 2, 0, 2]) cylinder(h = " + H +
                ", d = min(2.5, 3.1 * " + D + " / " + N + " / 2), $fn = 12);",
            "}"};
  } else if (grip == 1) {
    const auto N = w.param("lobes", int(rng.uniform_int(3, 7)));
    body = {"linear_extrude(height = " + H + ") for (i = [0 : " + N + " - 1]) hull() {", "  circle(d = " + D + " * 0.5);",
            "  rotate(i * 360 / " + N + ") translate([" + D + " * 0.35, 0]) circle(d = " + D + " * 0.3);", "}"};
  } else {
    body = {"cylinder(h = " + H + ", d1 = " + D + ", d2 = " + D + " * 0.85);",
            "cylinder(h = 2, d = " + D + " + 6);  // the skirt"};
  }
  w.module("grip", "", body, grip == 0 ? "a knurled grip" : grip == 1 ? "a lobed grip" : "a smooth cap on a skirt");
  std::vector<std::string> cuts = {"// the D-shaft bore from below, 80% of the height",
                                   "translate([0, 0, -1]) difference() {", "  cylinder(h = " + H + " * 0.8 + 1, " + w.round_size(S + " + 0.2") + ", $fn = 32);",
                                   "  translate([" + S + " * 0.3, -" + S + ", 0]) cube([" + S + ", 2 * " + S + ", " + H + "]);", "}"};
  if (pointer)
    cuts.push_back("translate([0, -0.75, " + H + " - 1]) cube([" + D + " * 0.4, 1.5, 2]);  // the pointer mark");
  std::vector<std::string> a = {"difference() {", "  grip();"};
  for (const auto& c : cuts) a.push_back("  " + c);
  a.push_back("}");
  w.assembly("knob", a);
  d.prompts.detail(Prompts::length(rng, dia) + " across");
  d.prompts.detail("for a " + scad_number(shaft) + " mm shaft");
  if (grip == 0) d.prompts.adjective("knurled");
  if (grip == 1) d.prompts.adjective("star");
  if (pointer) d.prompts.detail("with a pointer");
}

// wrench: a flat open-end spanner: a handle with a jaw at one or both ends sized to a metric
// nut (across flats plus a little play), the jaw opening at 15 degrees as on steel ones.
void wrench(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const Metric& m = draw_metric(rng, 5);
  const bool double_ended = chance(rng, 0.5);
  const double t = grid(rng, 4, 8, 1), length = std::round(m.nut_af * rng.uniform(7, 10));
  const auto AF = w.param("across_flats", m.nut_af + 0.3, "the nut plus some play", 1), L = w.param("length", length);
  const auto T = w.param("thickness", t), HW = w.param("handle_width", std::ceil(m.nut_af * 0.7));
  w.module("jaw", "",
           {"difference() {", "  cylinder(h = " + T + ", d = " + AF + " * 2.2);",
            "  // the opening: a slot the nut's flats fit, tilted 15 degrees",
            "  rotate([0, 0, 15]) translate([0, -" + AF + " / 2, -1]) cube([" + AF + " * 2, " + AF + ", " + T + " + 2]);",
            "  rotate([0, 0, 15]) translate([0, 0, -1]) cylinder(h = " + T + " + 2, d = " + AF + ", $fn = 6);", "}"},
           "a jaw head at the origin, opening along +x");
  std::vector<std::string> parts = {"translate([0, -" + HW + " / 2, 0]) cube([" + L + ", " + HW + ", " + T + "]);  // the handle",
                                    "rotate([0, 0, 180]) jaw();"};
  if (double_ended) parts.push_back("translate([" + L + ", 0, 0]) jaw();");
  else parts.push_back("translate([" + L + ", 0, 0]) cylinder(h = " + T + ", d = " + HW + " * 1.2);  // a rounded end");
  w.assembly("wrench", parts);
  d.prompts.adjective(std::to_string(int(m.nut_af)) + " mm");
  d.prompts.detail("for " + m_name(m) + " nuts");
  d.prompts.detail(Prompts::length(rng, length) + " long");
  if (double_ended) d.prompts.adjective("double-ended");
}

}  // namespace

void add_mechanical_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"washer", "mechanical", "Washer: a flat ring for a metric bolt, plain or fender", {"washer", "flat washer"}, washer});
  out.push_back({"spacer", "mechanical", "Spacer: a round or hexagonal tube for a metric bolt", {"spacer", "standoff", "bolt spacer"}, spacer});
  out.push_back({"hex_nut", "mechanical", "Hex nut: ISO 4032 proportions, chamfered corners, a bore to tap", {"hex nut", "nut"}, hex_nut});
  out.push_back({"bolt", "mechanical", "Bolt: a hex or socket head on a shank with a twisted-lobe thread", {"bolt", "screw", "machine screw"}, bolt});
  out.push_back({"gear", "mechanical", "Gear: a spur gear with trapezoidal teeth, bore, optional hub and holes", {"gear", "spur gear", "cog"}, gear});
  out.push_back({"pulley", "mechanical", "Pulley: a V or round-belt groove, optional hub with a set screw", {"pulley", "belt pulley"}, pulley});
  out.push_back({"knob", "mechanical", "Knob: a knurled, lobed or smooth grip on a D-shaft bore", {"knob", "control knob"}, knob});
  out.push_back({"wrench", "mechanical", "Wrench: a flat open-end spanner for a metric nut", {"wrench", "spanner"}, wrench});
}

}  // namespace cadscribe::synth
