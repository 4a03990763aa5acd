// Prismatic feature families: standoff, boss_plate, heat_sink — a base body carrying repeated
// raised features (bosses, ribs, fins). Raised features are extruded from the base's top face,
// and anything drilled afterwards goes through both.
#include <algorithm>
#include <cmath>

#include "synth/family.h"
#include "synth/family_prismatic_util.h"

namespace cadscribe::synth::prismatic {
namespace {

// Threaded spacer sizes: thread, tap drill, hex across flats, round outer diameter.
struct SpacerSize {
  const char* name;
  double thread, tap, across_flats, round_d;
};
constexpr SpacerSize kSpacers[] = {
    {"M2.5", 2.5, 2.05, 5.0, 5.0}, {"M3", 3.0, 2.5, 5.5, 6.0}, {"M4", 4.0, 3.3, 7.0, 8.0},
    {"M5", 5.0, 4.2, 8.0, 9.0},    {"M6", 6.0, 5.0, 10.0, 11.0},
};

std::string standoff(base::Rng& rng, ProgramWriter& w) {
  const SpacerSize& s = kSpacers[rng.uniform_int(0, 4)];
  const double length = pick(rng, {6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0});
  const bool hex = chance(rng, 0.6);
  const bool male = chance(rng, 0.4);     // external thread stud on top (male-female spacer)
  const bool flange = !male && chance(rng, 0.25);
  const double size = hex ? s.across_flats : s.round_d;

  const auto L = w.param("length", length, "body length");
  std::string body_size;
  if (hex) {
    body_size = w.param("across_flats", size, std::string(s.name) + " hex spacer");
  } else {
    body_size = w.param("diameter", size, std::string(s.name) + " round spacer");
  }
  const auto TD = w.param("tap_drill", s.tap, std::string(s.name) + " thread");
  std::string SL, FD, FT;
  if (male) SL = w.param("stud_length", std::round(s.thread * 2) + pick(rng, {0.0, 1.0, 2.0}), "external thread length");
  if (flange) {
    FD = w.param("flange_diameter", std::ceil(size * 1.8), "locating flange");
    FT = w.param("flange_thickness", pick(rng, {1.0, 1.5, 2.0}));
  }
  const double ch = s.thread <= 3 ? 0.3 : 0.5;
  const auto C = w.param("chamfer", ch);

  // CadQuery's polygon() takes the circumscribed diameter: across corners = across flats / cos 30°.
  std::string method = "circle", args = body_size + " / 2";
  if (hex) {
    method = "polygon";
    if (chance(rng, 0.5)) {
      w.use_math();
      args = "6, " + body_size + " / math.cos(math.radians(30))";
    } else {
      args = "6, " + body_size + " * 2 / 3 ** 0.5";
    }
  }

  auto c = w.chain("spacer", w.workplane(), "spacer body");
  if (flange) {
    c.call("circle", FD + " / 2").call("extrude", FT);
    c.step("faces", "\">Z\"", "body on the flange").call("workplane");
    c.call(method, args).call("extrude", L + " - " + FT);
  } else {
    c.call(method, args).call("extrude", L);
  }
  if (male) {
    c.step("faces", "\">Z\"", "threaded stud").call("workplane").call("circle", format_number(s.thread) + " / 2").call("extrude", SL);
    c.step("faces", "\">Z\"", "chamfer the stud tip").call("chamfer", C);
    const double depth = std::min(length - 2, std::round(s.thread * 2));
    const auto HD = w.param("thread_depth", depth, "female thread depth");
    c.step("faces", "\"<Z\"", "tapped hole from below").call("workplane").call("hole", TD + ", " + HD);
  } else {
    c.step("faces", "\">Z\"", "tapped through hole").call("workplane").call("hole", TD);
  }
  // End chamfers: on round spacers both ends (outer and bore), on hex ones the outer edges only.
  if (!hex) {
    c.step("faces", male ? "\"<Z\"" : (flange ? "\">Z\"" : "\">Z or <Z\""), "chamfer the ends").call("chamfer", C);
  } else if (chance(rng, 0.6)) {
    c.step("faces", male ? "\"<Z\"" : "\">Z or <Z\"", "break the hex corners").call("edges", "\"not %CIRCLE\"").call("chamfer", C);
  }
  c.end();
  return "spacer";
}

// ---------------------------------------------------------------------------------------------
std::string boss_plate(base::Rng& rng, ProgramWriter& w) {
  const double length = grid(rng, 60, 160, 5);
  const double width = grid(rng, 40, std::min(length, 120.0), 5);
  const double t = pick(rng, {3.0, 4.0, 5.0, 6.0});
  const Screw& screw = pick_screw(rng, 0, 3);
  const double boss_d = std::ceil(screw.clearance * 2.2);
  const double boss_h = grid(rng, 5, 20, 1);
  const double inset = boss_d / 2 + grid(rng, 2, 6, 1);
  const int pattern = static_cast<int>(rng.uniform_int(0, 2));  // 0 corners, 1 row of 3, 2 grid 3×2
  const int nx = pattern == 0 ? 2 : 3, ny = pattern == 1 ? 1 : 2;
  const double px = floor_to((length - 2 * inset) / (nx - 1), 0.5);
  const double py = ny > 1 ? floor_to(width - 2 * inset, 0.5) : 0;
  const double rib_t = std::min(pick(rng, {2.0, 2.5, 3.0, 4.0}), boss_d / 2);
  const double rib_h = grid(rng, std::max(2.0, floor_to(boss_h * 0.4, 0.5)), boss_h - 1, 0.5);
  const int ribs = chance(rng, 0.5) ? 0 : (chance(rng, 0.5) ? 1 : 2);  // 0 none, 1 along X, 2 a frame
  const bool tapped = chance(rng, 0.35);

  const auto L = w.param("length", length);
  const auto W = w.param("width", width);
  const auto T = w.param("thickness", t, "base plate");
  const auto BD = w.param("boss_diameter", boss_d);
  const auto BH = w.param("boss_height", boss_h, "above the plate");
  const auto PX = w.param("boss_spacing_x", px);
  std::string PY = "1.0";
  if (ny > 1) PY = w.param("boss_spacing_y", py);
  const auto D = w.param(tapped ? "tap_drill" : "hole_diameter", tapped ? screw.tap_drill : screw.clearance,
                         std::string(screw.name) + (tapped ? " tapped" : " clearance"));
  std::string HDEP;
  if (tapped) HDEP = w.param("thread_depth", std::min(boss_h + t - 1, std::round(screw.nominal * 2)));
  std::string RT, RH;
  if (ribs) {
    RT = w.param("rib_thickness", rib_t);
    RH = w.param("rib_height", rib_h);
  }
  const std::string grid = std::to_string(nx) + ", " + std::to_string(ny);
  const std::string span_x = nx == 2 ? PX : PX + " * " + std::to_string(nx - 1);

  // Ribs go on first, then the bosses from the tagged deck plane (workplaneFromTagged keeps the
  // ribs: the new workplane's parent is the current chain), then the holes from the boss tops.
  auto c = w.chain("part", w.workplane(), "base plate");
  c.call("box", L + ", " + W + ", " + T + ", centered=(True, True, False)");
  if (chance(rng, 0.5)) c.step("edges", "\"|Z\"", "round the plate corners").call("fillet", w.param("corner_radius", floor_to(std::min(inset, 8.0), 0.5)));
  if (ribs) {
    c.step("faces", "\">Z\"", "stiffening ribs between the bosses").call("workplane").call("tag", "\"deck\"");
    if (ribs == 2 && ny > 1)  // a frame through all bosses: outer and inner outline in one sketch
      c.call("rect", span_x + " + " + RT + ", " + PY + " + " + RT).call("rect", span_x + " - " + RT + ", " + PY + " - " + RT);
    else
      c.call("rarray", "1.0, " + PY + ", 1, " + std::to_string(ny)).call("rect", span_x + ", " + RT);
    c.call("extrude", RH);
    c.step("workplaneFromTagged", "\"deck\"", "bosses");
  } else {
    c.step("faces", "\">Z\"", "bosses").call("workplane");
  }
  c.call("rarray", PX + ", " + PY + ", " + grid).call("circle", BD + " / 2").call("extrude", BH);
  c.step("faces", "\">Z\"", tapped ? "tapped holes in the bosses" : "holes through bosses and plate").call("workplane");
  c.call("rarray", PX + ", " + PY + ", " + grid);
  if (tapped)
    c.call("hole", D + ", " + HDEP);
  else
    c.call("hole", D);
  c.end();
  return "part";
}

// ---------------------------------------------------------------------------------------------
std::string heat_sink(base::Rng& rng, ProgramWriter& w) {
  const double length = grid(rng, 30, 120, 5);  // across the fins (X)
  const double width = grid(rng, 20, 100, 5);   // along the fins (Y)
  const double base_t = pick(rng, {3.0, 4.0, 5.0, 6.0, 8.0});
  const double fin_h = grid(rng, 8, 40, 1);
  const bool pins = chance(rng, 0.25);
  const double fin_t = pins ? grid(rng, 2, 4, 0.5) : pick(rng, {1.0, 1.5, 2.0, 2.5, 3.0});
  const double gap = grid(rng, std::max(2.0, fin_t), std::max(2.0, fin_t) + 4, 0.5);
  const double pitch = fin_t + gap;  // the tightest pitch; spread wider when the count is capped
  const bool holes = chance(rng, 0.5) && width >= 40;
  const Screw& screw = pick_screw(rng, 0, 2);
  const double strip = holes ? std::ceil(screw.clearance + 6) : 0;  // fin-free strip at both ends (Y)
  const double margin = std::max(1.5, grid(rng, 0, 3, 0.5));
  const double fin_len = width - 2 * strip - (holes ? 0 : (chance(rng, 0.5) ? 0 : 2 * margin));
  // Counts are capped (many fins cost time, not information); a capped row spreads to fill the base.
  auto row = [&](double span, int cap, int& n, double& p) {
    const int fit = static_cast<int>(span / pitch) + 1;
    n = std::max(2, std::min(cap, fit));
    p = n == fit ? pitch : floor_to(span / (n - 1), 0.5);
  };
  int nx = 0, ny = 1;
  double px = 0, py = 0;
  row(length - 2 * margin - fin_t, pins ? 6 : 14, nx, px);
  if (pins) row(fin_len - fin_t, std::max(2, 24 / nx), ny, py);

  const auto L = w.param("length", length, "across the fins");
  const auto W = w.param("width", width, "along the fins");
  const auto BT = w.param("base_thickness", base_t);
  const auto FT = w.param(pins ? "pin_size" : "fin_thickness", fin_t);
  const auto FH = w.param(pins ? "pin_height" : "fin_height", fin_h);
  const auto P = w.param(pins ? "pin_pitch_x" : "fin_pitch", px);
  const auto N = w.param_int(pins ? "pins_x" : "fin_count", nx);
  std::string NY, PY, FL;
  if (pins) {
    PY = w.param("pin_pitch_y", py);
    NY = w.param_int("pins_y", ny);
  } else if (fin_len < width) {
    FL = w.param("fin_length", fin_len);
  }

  if (!pins && fin_len >= width) {
    // Full-length fins: an extruded comb section, as the aluminium profile is made (no booleans).
    w.comment("comb section in XZ: the base, then each fin up and down");
    w.line("section = [(-" + L + " / 2, 0), (" + L + " / 2, 0), (" + L + " / 2, " + BT + ")]");
    w.line("for i in reversed(range(" + N + ")):");
    w.line("    x = (i - (" + N + " - 1) / 2) * " + P);
    w.line("    top = " + BT + " + " + FH);
    w.line("    section += [(x + " + FT + " / 2, " + BT + "), (x + " + FT + " / 2, top), (x - " + FT + " / 2, top), (x - " + FT + " / 2, " + BT + ")]");
    w.line("section.append((-" + L + " / 2, " + BT + "))");
    // XZ looks along -Y: start at +width / 2 and extrude one way (both=True would fuse two halves).
    w.chain("sink", "cq.Workplane(\"XZ\", origin=(0, " + W + " / 2, 0))", "extrude the section along Y")
        .call("polyline", "section").call("close").call("extrude", W);
    return "sink";
  }

  // In loop style the fin positions are built by a for-loop and pushed as a list.
  std::string fin_pts;
  if (w.style().loops) {
    if (pins)
      fin_pts = points_param(w, "pin_points", N, NY, P, PY, {}, "pin positions");
    else
      fin_pts = points_param(w, "fin_points", N, "1", P, "0.0", {}, "fin positions");
  }
  auto c = w.chain("sink", w.workplane(), "base plate");
  c.call("box", L + ", " + W + ", " + BT + ", centered=(True, True, False)");
  c.step("faces", "\">Z\"", pins ? "pin fins" : "fins").call("workplane");
  if (!fin_pts.empty())
    c.call("pushPoints", fin_pts);
  else
    c.call("rarray", P + ", " + (pins ? PY : "1.0") + ", " + N + ", " + (pins ? NY : "1"));
  if (pins && chance(rng, 0.5))
    c.call("circle", FT + " / 2");
  else
    c.call("rect", pins ? FT + ", " + FT : FT + ", " + FL);
  c.call("extrude", FH);
  c.end();
  if (holes) {
    const auto HD = w.param("hole_diameter", screw.clearance, std::string(screw.name) + " clearance");
    const auto HX = w.param("hole_spacing_x", floor_to(length - 2 * std::max(6.0, screw.clearance + 3), 0.5));
    const auto HY = w.param("hole_spacing_y", width - strip);
    w.chain("sink", "sink", "mounting holes in the fin-free ends")
        .call("faces", "\"<Z\"").call("workplane").call("rarray", HX + ", " + HY + ", 2, 2").call("hole", HD);
  }
  return "sink";
}

}  // namespace

void add_prismatic_feature_families(std::vector<Family>& out) {
  out.push_back({"standoff", "Hex or round threaded spacer: female-female or male-female, optional flange, chamfered ends", standoff});
  out.push_back({"boss_plate", "Base plate with cylindrical screw bosses (through or tapped holes) and optional ribs between them",
                 boss_plate});
  out.push_back({"heat_sink", "Heat sink: base plate with straight fins or a pin-fin array, optional mounting holes", heat_sink});
}

}  // namespace cadscribe::synth::prismatic
