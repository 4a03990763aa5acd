// synth/family_round_pulley.cpp — V-belt pulleys: a revolved half-section whose V grooves follow
// the ISO 4183 SPZ/SPA/SPB groove sizes, solid or with a web, hub and lightening holes.
// Sizes in mm, angles in degrees.
#include <algorithm>
#include <cmath>

#include "synth/family_round_util.h"

namespace cadscribe::synth::round {
namespace {

// pulley: V-belt pulley revolved from a section with 1-3 grooves; solid or web with lightening
// holes; bore with keyway or set screw.
struct BeltSection {
  const char* name;
  double top_w, depth, pitch, edge, min_d;
};
std::string pulley(base::Rng& rng, ProgramWriter& w) {
  static const std::vector<BeltSection> kSections = {
      {"SPZ", 9.7, 11.0, 12.0, 8.0, 63}, {"SPA", 12.7, 13.8, 15.0, 10.0, 90}, {"SPB", 16.3, 17.5, 19.0, 12.5, 140}};
  const BeltSection& sec = pick(rng, kSections);
  const int grooves = draw_int(rng, 1, sec.top_w > 15 ? 2 : 3);
  const double outer = std::ceil(rng.uniform(sec.min_d, sec.min_d * 2.6) / 5) * 5;
  const double angle = outer < 1.6 * sec.min_d ? 34 : 38;
  const double width = 2 * sec.edge + (grooves - 1) * sec.pitch;
  const double root_r = outer / 2 - sec.depth;
  const double bore = draw_bore(rng, std::max(10.0, outer * 0.12), std::min(50.0, root_r * 0.6));
  const Key key = key_for(bore);
  const double hub_d = snap(bore * 1.7 + 8, 1);
  const double rim_t = snap(std::max(4.0, sec.depth * 0.4), 0.5);
  const double rim_r = root_r - rim_t;
  const bool web = rim_r - hub_d / 2 >= 15 && chance(rng, 0.7);
  const double web_t = snap(std::max(5.0, width * rng.uniform(0.3, 0.5)), 0.5);
  const double hub_ext = pick(rng, std::vector<double>{0, 0, 5, 8, 10});
  const int fix = hub_ext >= 8 ? pick(rng, std::vector<int>{0, 0, 1, 2}) : pick(rng, std::vector<int>{0, 0, 0, 2});
  // fix: 0 keyway, 1 set screw in the hub extension, 2 plain bore
  int n_holes = pick(rng, std::vector<int>{4, 5, 6});
  const double hole_c = snap((rim_r + hub_d / 2) / 2, 0.5);
  const double hole_d = snap((rim_r - hub_d / 2) * rng.uniform(0.45, 0.65), 1);
  while (n_holes > 3 && 2 * hole_c * std::sin(M_PI / n_holes) < hole_d + 5) --n_holes;
  const bool holes = web && chance(rng, 0.6) && 2 * hole_c * std::sin(M_PI / n_holes) >= hole_d + 5;

  w.use_math();
  auto od = w.param("outer_d", outer, "outside diameter");
  auto bore_d = w.param("bore_d", bore);
  auto ng = w.param_int("grooves", grooves);
  auto tw = w.param("top_w", sec.top_w, std::string(sec.name) + " groove width at the top");
  auto gd = w.param("groove_depth", sec.depth);
  auto ga = w.param("groove_angle", angle, "included angle (deg)");
  auto gp = w.param("groove_pitch", sec.pitch, "groove spacing");
  auto ge = w.param("groove_edge", sec.edge, "first groove centre from the face");
  auto wd = w.param_expr("width", "2 * " + ge + " + (" + ng + " - 1) * " + gp, "rim width");
  auto bw = w.param_expr("bottom_w", tw + " - 2 * " + gd + " * math.tan(math.radians(" + ga + " / 2))");
  std::string hd = (web || hub_ext > 0) ? w.param("hub_d", hub_d) : "";
  std::string he = hub_ext > 0 ? w.param("hub_extension", hub_ext, "hub beyond the rim face") : "";
  std::string rt, wt;
  if (web) {
    rt = w.param("rim_thickness", rim_t, "below the groove bottoms");
    wt = w.param("web_thickness", web_t);
  }
  std::string kw, kd2, ss, lh, lc;
  if (fix == 0) {
    kw = w.param("key_width", key.width);
    kd2 = w.param("key_depth", key.hub_depth);
  } else if (fix == 1) {
    ss = w.param("set_screw_drill", bore <= 16 ? 4.2 : 5.0, bore <= 16 ? "M5 tap drill" : "M6 tap drill");
  }
  if (holes) {
    lh = w.param("lightening_hole_d", hole_d);
    lc = w.param("lightening_circle_r", hole_c);
  }

  // Half-section: x = radius, y = axial position; the grooves are on the outside.
  const std::string z0 = hub_ext > 0 ? "-" + he : "0";
  const std::string ro = od + " / 2";
  std::vector<Pt> head, tail;
  head.push_back({bore_d + " / 2", z0});
  if (web) {
    const std::string rr = ro + " - " + gd + " - " + rt;
    head.push_back({hd + " / 2", z0});
    head.push_back({hd + " / 2", wd + " / 2 - " + wt + " / 2"});
    head.push_back({rr, wd + " / 2 - " + wt + " / 2"});
    head.push_back({rr, "0"});
    head.push_back({ro, "0"});
    tail.push_back({ro, wd});
    tail.push_back({rr, wd});
    tail.push_back({rr, wd + " / 2 + " + wt + " / 2"});
    tail.push_back({hd + " / 2", wd + " / 2 + " + wt + " / 2"});
    tail.push_back({hd + " / 2", wd});
    tail.push_back({bore_d + " / 2", wd});
  } else {
    if (hub_ext > 0) {
      head.push_back({hd + " / 2", z0});
      head.push_back({hd + " / 2", "0"});
    }
    head.push_back({ro, "0"});
    tail.push_back({ro, wd});
    tail.push_back({bore_d + " / 2", wd});
  }
  const bool loop = w.style().loops || chance(rng, 0.3);
  std::vector<Pt> all = head;
  if (loop) {
    write_point_list(w, "section", head);
    w.line("for i in range(" + ng + "):");
    w.line("    z = " + ge + " + i * " + gp);
    w.line("    section += [(" + ro + ", z - " + tw + " / 2), (" + ro + " - " + gd + ", z - " + bw + " / 2),");
    w.line("                (" + ro + " - " + gd + ", z + " + bw + " / 2), (" + ro + ", z + " + tw + " / 2)]");
    w.line("section += [");
    for (const auto& q : tail) w.line("    (" + q.x + ", " + q.y + "),");
    w.line("]");
  } else {
    for (int g = 0; g < grooves; ++g) {
      const std::string z = g == 0 ? ge : g == 1 ? ge + " + " + gp : ge + " + " + std::to_string(g) + " * " + gp;
      all.push_back({ro, z + " - " + tw + " / 2"});
      all.push_back({ro + " - " + gd, z + " - " + bw + " / 2"});
      all.push_back({ro + " - " + gd, z + " + " + bw + " / 2"});
      all.push_back({ro, z + " + " + tw + " / 2"});
    }
    all.insert(all.end(), tail.begin(), tail.end());
    write_point_list(w, "section", all);
  }
  w.chain("pulley", w.workplane("XZ"), "revolve the section about the Z axis")
      .call("polyline", "section")
      .call("close")
      .call("revolve", chance(rng, 0.5) ? "" : "360, (0, 0, 0), (0, 1, 0)");
  if (holes) {
    CirclePattern pat = circle_pattern(rng, w, "hole_points", lc, std::to_string(n_holes));
    auto h = w.chain("lightening", w.workplane(), "lightening holes through the web");
    pat.apply(h);
    h.call("circle", lh + " / 2").call("extrude", wd);
    h.end();
    w.chain("pulley", "pulley").call("cut", "lightening");
  }
  if (fix == 0) {
    w.chain("keyway", w.workplane(), "keyway")
        .call("box", kw + ", " + bore_d + " / 2 + " + kd2 + ", 3 * " + wd + ", centered=(True, False, True)");
    w.chain("pulley", "pulley").call("cut", "keyway");
  } else if (fix == 1) {
    w.chain("screw", w.workplane("YZ"), "set screw in the hub")
        .call("center", "0, -" + he + " / 2")
        .call("circle", ss + " / 2")
        .call("extrude", hd);
    w.chain("pulley", "pulley").call("cut", "screw");
  }
  return "pulley";
}

}  // namespace

void add_round_pulley_families(std::vector<Family>& out) {
  out.push_back({"pulley", "V-belt pulley with 1-3 grooves, solid or webbed, keyed or set-screw bore", &pulley});
}

}  // namespace cadscribe::synth::round
