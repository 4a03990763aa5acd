// synth/object_mechanical.cpp — small mechanical parts a maker prints: washers, spacers, hex
// nuts. Metric sizes from ISO tables, so "an M8 washer" is the size a bolt shop would sell.
#include <algorithm>
#include <cmath>

#include "synth/family_sampling.h"
#include "synth/object.h"

namespace cadscribe::synth {
namespace {

using sampling::chance;
using sampling::grid;

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

}  // namespace

void add_mechanical_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"washer", "mechanical", "Washer: a flat ring for a metric bolt, plain or fender", {"washer", "flat washer"}, washer});
  out.push_back({"spacer", "mechanical", "Spacer: a round or hexagonal tube for a metric bolt", {"spacer", "standoff", "bolt spacer"}, spacer});
  out.push_back({"hex_nut", "mechanical", "Hex nut: ISO 4032 proportions, chamfered corners, a bore to tap", {"hex nut", "nut"}, hex_nut});
}

}  // namespace cadscribe::synth
