// synth/family_round_gears.cpp — toothed and spoked discs: spur gears, roller-chain sprockets,
// spoked wheels.
//
// Gear teeth are straight-flank approximations of a 20° involute (4 points per tooth: two on
// the root circle, two on the tip circle) so that a 40-tooth gear stays a ~160-face prism;
// sprocket sizes follow ISO 606 chains (pitch diameter p / sin(180°/N), seat 1.005·d1 + 0.08).
// Sizes in mm.
#include <algorithm>
#include <cmath>

#include "synth/family_round_util.h"

namespace cadscribe::synth::round {
namespace {

// A keyway cut through the top face of a part whose top face is unique.
void keyway_from_top(Chain& c, const std::string& bore_d, const std::string& key_w, const std::string& key_depth) {
  c.step("faces", "\">Z\"", "keyway")
      .call("workplane")
      .call("moveTo", "0, " + bore_d + " / 2")
      .call("rect", key_w + ", 2 * " + key_depth)
      .call("cutThruAll");
}

// ---------------------------------------------------------------------------------------------
// spur_gear: tooth polygon extruded, optional hub, bore with keyway, lightening holes.
std::string spur_gear(base::Rng& rng, ProgramWriter& w) {
  const double m = pick(rng, std::vector<double>{1.0, 1.25, 1.5, 2.0, 2.0, 2.5, 3.0});
  const int z_min = std::max(12, static_cast<int>(std::ceil(20 / m + 2.5)));
  // At most 32 teeth: every later boolean on a 130-face prism costs ~0.1 s in this kernel.
  const int z = draw_int(rng, z_min, std::max(z_min, 32));
  const double pitch_r = m * z / 2, root_r = pitch_r - 1.25 * m;
  const double width = std::max(5.0, snap(m * rng.uniform(5, 10), 0.5));
  const double bore = draw_bore(rng, std::max(6.0, root_r * 0.25), root_r * 0.55);
  const Key key = key_for(bore);
  const bool has_hub = chance(rng, 0.35) && 2 * root_r - 6 >= bore + 10;
  const double hub_d = snap(std::min(bore * 1.6 + 10, 2 * root_r - 6), 1);
  const double hub_h = snap(width * rng.uniform(0.5, 1.0) + 2, 0.5);
  const bool keyed = bore >= 10 && chance(rng, 0.55);
  const double inner = has_hub ? hub_d / 2 : bore / 2 + 3;
  const double ring = root_r - 2.5 * m - inner;  // material between the hub and the teeth
  int n_holes = pick(rng, std::vector<int>{4, 5, 6});
  const double hole_d = snap(ring * rng.uniform(0.5, 0.7), 0.5);
  const double hole_c = snap(inner + ring / 2, 0.5);
  while (n_holes > 3 && 2 * hole_c * std::sin(M_PI / n_holes) < hole_d + 4) --n_holes;
  const bool holes = ring >= 10 && chance(rng, 0.35) && 2 * hole_c * std::sin(M_PI / n_holes) >= hole_d + 4;
  const double f_root = snap(rng.uniform(0.3, 0.34), 0.01), f_tip = snap(rng.uniform(0.13, 0.17), 0.01);

  w.use_math();
  auto mod = w.param("module", m);
  auto teeth = w.param_int("teeth", z);
  auto fw = w.param("face_width", width);
  auto bore_d = w.param("bore_d", bore);
  std::string hd, hh, kw, kd, hd2, hc;
  if (has_hub) {
    hd = w.param("hub_d", hub_d);
    hh = w.param("hub_height", hub_h);
  }
  if (keyed) {
    kw = w.param("key_width", key.width, "DIN 6885");
    kd = w.param("key_depth", key.hub_depth);
  }
  if (holes) {
    hd2 = w.param("hole_d", hole_d, "lightening holes");
    hc = w.param("hole_circle_r", hole_c);
  }
  auto pr = w.param_expr("pitch_r", mod + " * " + teeth + " / 2");
  auto tr = w.param_expr("tip_r", pr + " + " + mod, "addendum = module");
  auto rr = w.param_expr("root_r", pr + " - 1.25 * " + mod, "dedendum = 1.25 module");
  // Tooth outline: (radius, angle as a fraction of the tooth pitch) — straight flanks.
  const std::string tooth = "[(" + rr + ", -" + num(f_root) + "), (" + tr + ", -" + num(f_tip) + "), (" + tr + ", " +
                            num(f_tip) + "), (" + rr + ", " + num(f_root) + ")]";
  w.comment("tooth outline around the root circle");
  if (w.style().loops || chance(rng, 0.5)) {
    w.line("tooth = " + tooth);
    w.line("outline = []");
    w.line("for i in range(" + teeth + "):");
    w.line("    for r, f in tooth:");
    w.line("        a = 2 * math.pi * (i + f) / " + teeth);
    w.line("        outline.append((r * math.cos(a), r * math.sin(a)))");
  } else {
    w.line("tooth = " + tooth);
    w.line("outline = [(r * math.cos(2 * math.pi * (i + f) / " + teeth + "), r * math.sin(2 * math.pi * (i + f) / " +
           teeth + ")) for i in range(" + teeth + ") for r, f in tooth]");
  }
  // The bore is drawn with the outline (one extrusion, no boolean against the many-faced prism).
  auto c = w.chain("gear", w.workplane(), "gear blank with teeth and bore");
  c.call("polyline", "outline").call("close").call("moveTo", "0, 0").call("circle", bore_d + " / 2").call("extrude", fw);
  if (has_hub)
    c.step("faces", "\">Z\"", "hub")
        .call("workplane")
        .call("circle", hd + " / 2")
        .call("circle", bore_d + " / 2")
        .call("extrude", hh);
  if (keyed) keyway_from_top(c, bore_d, kw, kd);
  if (holes) {
    c.end();
    CirclePattern pat = circle_pattern(rng, w, "hole_points", hc, std::to_string(n_holes));
    auto h = w.chain("gear", "gear", "lightening holes");
    h.call("faces", "\"<Z\"").call("workplane");
    pat.apply(h);
    h.call("hole", hd2);
  }
  return "gear";
}

// ---------------------------------------------------------------------------------------------
// sprocket: disc with roller seats cut on the pitch circle, optional hub, bore, keyway.
struct Chain606 {
  const char* name;
  double pitch, roller, tooth_w;
};
std::string sprocket(base::Rng& rng, ProgramWriter& w) {
  static const std::vector<Chain606> kChains = {{"04C", 6.35, 3.30, 2.8},  {"05B", 8.0, 5.0, 2.6},
                                                {"06B", 9.525, 6.35, 5.3}, {"08B", 12.7, 8.51, 7.2},
                                                {"10B", 15.875, 10.16, 9.1}, {"12B", 19.05, 12.07, 11.1}};
  const Chain606& ch = pick(rng, kChains);
  const int n_min = ch.pitch < 9 ? 15 : 9;
  const int n = draw_int(rng, n_min, 25);  // more teeth: slower booleans, little new shape
  const double p = ch.pitch, t = M_PI / n;
  const double pitch_d = p / std::sin(t);
  const double root_d = pitch_d - (1.005 * ch.roller + 0.08);
  const double max_hub = p / std::tan(t) - p - 1;
  const bool has_hub = chance(rng, 0.55) && max_hub >= 20;
  const double hub_d = snap(std::min(max_hub, rng.uniform(0.6, 1.0) * max_hub), 1);
  const double hub_h = snap(rng.uniform(6, 20), 0.5);
  const double bore_max = has_hub ? hub_d - 10 : root_d - 12;
  const double bore = draw_bore(rng, std::min(8.0, bore_max), std::max(6.0, std::min(bore_max, 50.0)));
  const Key key = key_for(bore);
  const bool keyed = bore >= 10 && chance(rng, 0.55);
  const double inner = has_hub ? hub_d / 2 : bore / 2 + 3;
  const double ring = root_d / 2 - 3 - inner;
  int n_holes = pick(rng, std::vector<int>{4, 5, 6});
  const double hole_d = snap(ring * rng.uniform(0.5, 0.7), 0.5);
  const double hole_c = snap(inner + ring / 2, 0.5);
  while (n_holes > 3 && 2 * hole_c * std::sin(M_PI / n_holes) < hole_d + 4) --n_holes;
  const bool holes = ring >= 10 && chance(rng, 0.4) && 2 * hole_c * std::sin(M_PI / n_holes) >= hole_d + 4;
  const bool plate_by_sketch = chance(rng, 0.3);

  w.use_math();
  auto pitch = w.param("chain_pitch", p, std::string("ISO 606 ") + ch.name);
  auto roller = w.param("roller_d", ch.roller);
  auto teeth = w.param_int("teeth", n);
  auto thick = w.param("tooth_width", ch.tooth_w);
  auto bore_d = w.param("bore_d", bore);
  std::string hd, hh, kw, kd, hd2, hc;
  if (has_hub) {
    hd = w.param("hub_d", hub_d);
    hh = w.param("hub_length", hub_h);
  }
  if (keyed) {
    kw = w.param("key_width", key.width);
    kd = w.param("key_depth", key.hub_depth);
  }
  if (holes) {
    hd2 = w.param("hole_d", hole_d, "lightening holes");
    hc = w.param("hole_circle_r", hole_c);
  }
  auto pd = w.param_expr("pitch_d", pitch + " / math.sin(math.pi / " + teeth + ")");
  auto od = w.param_expr("outer_d", pitch + " * (0.6 + 1 / math.tan(math.pi / " + teeth + "))");
  auto sd = w.param_expr("seat_d", "1.005 * " + roller + " + 0.08", "roller seat");

  if (plate_by_sketch)
    w.chain("plate", "cq.Sketch()", "plate outline minus the roller seats")
        .call("circle", od + " / 2")
        .call("push", "[(" + pd + " / 2 * math.cos(2 * math.pi * i / " + teeth + "), " + pd +
                          " / 2 * math.sin(2 * math.pi * i / " + teeth + ")) for i in range(" + teeth + ")]")
        .call("circle", sd + " / 2, mode=\"s\"");
  auto c = w.chain("sprocket", w.workplane(), plate_by_sketch ? "" : "plate with the roller seats cut on the pitch circle");
  if (plate_by_sketch) {
    c.call("placeSketch", "plate").call("extrude", thick);
  } else {
    c.call("circle", od + " / 2").call("extrude", thick);
    c.step("faces", "\">Z\"").call("workplane").call("polarArray", pd + " / 2, 0, 360, " + teeth);
    c.call("circle", sd + " / 2").call("cutThruAll");
  }
  if (has_hub) c.step("faces", "\">Z\"", "hub").call("workplane").call("circle", hd + " / 2").call("extrude", hh);
  c.step("faces", "\">Z\"", "bore").call("workplane").call("hole", bore_d);
  if (keyed) keyway_from_top(c, bore_d, kw, kd);
  if (holes) {
    c.end();
    CirclePattern pat = circle_pattern(rng, w, "hole_points", hc, std::to_string(n_holes));
    auto h = w.chain("sprocket", "sprocket", "lightening holes");
    h.call("faces", "\"<Z\"").call("workplane");
    pat.apply(h);
    h.call("hole", hd2);
  }
  return "sprocket";
}

// ---------------------------------------------------------------------------------------------
// wheel_spoked: rim + hub + N straight spokes, bore, optional keyway and chamfers.
std::string wheel_spoked(base::Rng& rng, ProgramWriter& w) {
  const double outer = draw(rng, 80, 300, 5);
  const double width = std::clamp(snap(outer * rng.uniform(0.1, 0.2), 1), 12.0, 45.0);
  const double rim_t = snap(std::clamp(outer * rng.uniform(0.03, 0.05), 4.0, 12.0), 0.5);
  const double bore = draw_bore(rng, std::max(8.0, outer * 0.06), std::min(40.0, outer * 0.12));
  const Key key = key_for(bore);
  const double hub_d = snap(bore * 1.8 + 10, 1);
  const double hub_len = snap(width * rng.uniform(1.0, 1.6), 1);
  int n = pick(rng, std::vector<int>{3, 4, 5, 5, 6, 6, 8});
  const double spoke_w = snap(std::clamp(outer * rng.uniform(0.04, 0.07), 5.0, 18.0), 0.5);
  while (n > 3 && spoke_w > 0.8 * hub_d * std::sin(M_PI / n)) --n;
  const double spoke_t = snap(std::max(4.0, width * rng.uniform(0.35, 0.6)), 0.5);
  const double rim_c = chance(rng, 0.6) ? std::min(pick(rng, std::vector<double>{1.0, 1.5, 2.0}), rim_t / 3) : 0;
  const bool keyed = chance(rng, 0.6);
  const bool rim_groove = chance(rng, 0.35) && rim_t >= 6;
  const double groove_d = snap(rim_t * 0.4, 0.5);
  const double groove_w = snap(width * rng.uniform(0.3, 0.5), 0.5);

  auto od = w.param("rim_d", outer, "outside diameter");
  auto wd = w.param("rim_width", width);
  auto rt = w.param("rim_thickness", rim_t);
  auto hd = w.param("hub_d", hub_d);
  auto hl = w.param("hub_length", hub_len);
  auto bore_d = w.param("bore_d", bore);
  auto ns = w.param_int("n_spokes", n);
  auto sw = w.param("spoke_w", spoke_w);
  auto st = w.param("spoke_t", spoke_t, "spoke thickness (axial)");
  std::string rc = rim_c > 0 ? w.param("rim_chamfer", rim_c) : "";
  std::string gd, gw, kw, kd;
  if (rim_groove) {
    gd = w.param("groove_depth", groove_d, "running groove in the rim");
    gw = w.param("groove_w", groove_w);
  }
  if (keyed) {
    kw = w.param("key_width", key.width);
    kd = w.param("key_depth", key.hub_depth);
  }
  // Spokes reach halfway into the hub wall and the rim so that the union is solid.
  auto si = w.param_expr("spoke_in", "(" + hd + " + " + bore_d + ") / 4", "spokes start mid-way into the hub wall");
  auto so = w.param_expr("spoke_out", od + " / 2 - 2 * " + rt + " / 3", "and end inside the rim");
  const std::string sl = so + " - " + si, sr = "(" + si + " + " + so + ") / 2";

  if (rim_groove) {
    std::vector<Pt> p = {{od + " / 2 - " + rt, "0"},
                         {od + " / 2", "0"},
                         {od + " / 2", "(" + wd + " - " + gw + ") / 2"},
                         {od + " / 2 - " + gd, "(" + wd + " - " + gw + ") / 2"},
                         {od + " / 2 - " + gd, "(" + wd + " + " + gw + ") / 2"},
                         {od + " / 2", "(" + wd + " + " + gw + ") / 2"},
                         {od + " / 2", wd},
                         {od + " / 2 - " + rt, wd}};
    const bool as_list = chance(rng, 0.5);
    w.comment("rim section with a running groove (x = radius, y = height)");
    if (as_list) write_point_list(w, "rim_section", p);
    auto r = w.chain("rim", w.workplane("XZ"), "revolve the rim about Z");
    draw_profile(r, p, as_list, "rim_section");
    r.call("revolve");
  } else {
    auto r = w.chain("rim", w.workplane(), "rim");
    r.call("circle", od + " / 2").call("circle", od + " / 2 - " + rt).call("extrude", wd);
    if (rim_c > 0) r.step("edges", "", "break the rim edges").call("chamfer", rc);
  }
  w.chain("hub", w.workplane(), "hub, centred on the rim")
      .call("workplane", "offset=(" + wd + " - " + hl + ") / 2")
      .call("circle", hd + " / 2")
      .call("circle", bore_d + " / 2")
      .call("extrude", hl);
  w.chain("spokes", w.workplane(), "spokes in the mid-plane")
      .call("workplane", "offset=(" + wd + " - " + st + ") / 2")
      .call("polarArray", sr + ", 0, 360, " + ns)
      .call("rect", sl + ", " + sw)
      .call("extrude", st);
  auto c = w.chain("wheel", "rim", "join rim, hub and spokes");
  c.call("union", "hub").call("union", "spokes");
  if (keyed) {
    c.end();
    w.chain("keyway", w.workplane(), "keyway")
        .call("box", kw + ", " + bore_d + " / 2 + " + kd + ", 3 * " + hl + ", centered=(True, False, True)");
    w.chain("wheel", "wheel").call("cut", "keyway");
  }
  return "wheel";
}

}  // namespace

void add_round_toothed_families(std::vector<Family>& out) {
  out.push_back({"spur_gear", "Spur gear with straight-flank teeth, bore, optional hub, keyway and lightening holes",
                 &spur_gear});
  out.push_back({"sprocket", "Roller-chain sprocket with roller seats on the pitch circle, bore and optional hub",
                 &sprocket});
  out.push_back({"wheel_spoked", "Spoked wheel: rim, hub and straight spokes, with a bore and optional keyway",
                 &wheel_spoked});
}

}  // namespace cadscribe::synth::round
