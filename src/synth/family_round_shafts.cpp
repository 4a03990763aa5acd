// synth/family_round_shafts.cpp — turned parts: stepped shafts and fluted knobs.
//
// Shafts are revolved half-sections along X or stacked cylinders along Z; knobs are a grip
// cylinder with flutes cut on a circle. Sizes in mm.
#include <algorithm>
#include <cmath>

#include "synth/family_round_util.h"

namespace cadscribe::synth::round {
namespace {

// ---------------------------------------------------------------------------------------------
// stepped_shaft: 2-5 diameters, chamfered ends, optional keyseat and centre drills.
std::string stepped_shaft(base::Rng& rng, ProgramWriter& w) {
  const int n = draw_int(rng, 2, 5);
  const int k_max = draw_int(rng, 0, n - 1);
  std::vector<double> d(static_cast<size_t>(n)), l(static_cast<size_t>(n));
  d[static_cast<size_t>(k_max)] = draw_bore(rng, 16, 50);
  auto smaller = [&](double next) {
    std::vector<double> opts;
    for (double s : bore_sizes())
      if (s >= 6 && s <= next - 2) opts.push_back(s);
    if (opts.size() > 3) opts.erase(opts.begin(), opts.end() - 3);  // the three nearest below
    return opts.empty() ? next - 2 : pick(rng, opts);
  };
  for (int i = k_max - 1; i >= 0; --i) d[static_cast<size_t>(i)] = smaller(d[static_cast<size_t>(i) + 1]);
  for (int i = k_max + 1; i < n; ++i) d[static_cast<size_t>(i)] = smaller(d[static_cast<size_t>(i) - 1]);
  for (int i = 0; i < n; ++i) {
    const double di = d[static_cast<size_t>(i)];
    l[static_cast<size_t>(i)] = i == k_max && n > 2 ? snap(di * rng.uniform(0.25, 0.6) + 4, 1)
                                                      : snap(di * rng.uniform(0.7, 2.0) + 6, 1);
  }
  const double end_c = std::min({pick(rng, std::vector<double>{0.5, 1.0, 1.5}), snap(d.front() * 0.08, 0.5),
                                 snap(d.back() * 0.08, 0.5)});
  const double cham = std::max(end_c, 0.5);
  // Keyseat on a step long and thick enough.
  std::vector<int> key_ok;
  for (int i = 0; i < n; ++i)
    if (d[static_cast<size_t>(i)] >= 10 && l[static_cast<size_t>(i)] >= std::max(16.0, key_for(d[static_cast<size_t>(i)]).width + 12))
      key_ok.push_back(i);
  const bool has_key = !key_ok.empty() && chance(rng, 0.65);
  const int ks = has_key ? pick(rng, key_ok) : 0;
  const Key key = key_for(d[static_cast<size_t>(ks)]);
  const double key_len = snap(std::min(l[static_cast<size_t>(ks)] * rng.uniform(0.5, 0.8), l[static_cast<size_t>(ks)] - 6), 1);
  double key_pos = 0;
  for (int i = 0; i < ks; ++i) key_pos += l[static_cast<size_t>(i)];
  key_pos += l[static_cast<size_t>(ks)] / 2;
  const bool key_slot = chance(rng, 0.6);
  const int drills = d.front() >= 8 && d.back() >= 8 ? pick(rng, std::vector<int>{0, 0, 1, 2}) : 0;
  const double dmin = std::min(d.front(), d.back());
  const double cd_d = dmin >= 20 ? 3.15 : dmin >= 12 ? 2.0 : 1.6;
  const double cd_csk = dmin >= 20 ? 6.7 : dmin >= 12 ? 4.25 : 3.35;
  const bool along_x = chance(rng, 0.5);
  const bool as_list = w.style().loops && !along_x;

  // Parameters: per-step names, or one list of (diameter, length) pairs for the loop spelling.
  std::vector<std::string> dn(static_cast<size_t>(n)), ln(static_cast<size_t>(n));
  if (as_list) {
    std::string list = "[";
    for (int i = 0; i < n; ++i)
      list += std::string(i ? ", " : "") + "(" + num(d[static_cast<size_t>(i)]) + ", " + num(l[static_cast<size_t>(i)]) + ")";
    w.param_expr("steps", list + "]", "(diameter, length) from the bottom end");
    for (int i = 0; i < n; ++i) {
      dn[static_cast<size_t>(i)] = "steps[" + std::to_string(i) + "][0]";
      ln[static_cast<size_t>(i)] = "steps[" + std::to_string(i) + "][1]";
    }
  } else {
    for (int i = 0; i < n; ++i) {
      const std::string s = std::to_string(i + 1);
      dn[static_cast<size_t>(i)] = w.param("d" + s, d[static_cast<size_t>(i)], i == k_max ? "shoulder" : "");
      ln[static_cast<size_t>(i)] = w.param("l" + s, l[static_cast<size_t>(i)]);
    }
  }
  auto ch = w.param("end_chamfer", cham);
  std::string kw, kd, kl, kp;
  if (has_key) {
    kw = w.param("key_width", key.width, "DIN 6885 key");
    kd = w.param("key_depth", key.shaft_depth, "keyseat depth");
    kl = w.param("key_length", key_len);
    kp = w.param("key_pos", key_pos, "keyseat centre along the axis");
  }
  std::string cdd, cdk, cdt;
  if (drills > 0) {
    cdd = w.param("centre_drill_d", cd_d, "DIN 332 type A");
    cdk = w.param("centre_drill_csk", cd_csk);
    cdt = w.param("centre_drill_depth", snap(cd_csk * 1.6, 0.5));
  }
  // Running sums "l1 + l2 + ..." for the step positions.
  auto upto = [&](int i) {
    std::string s;
    for (int j = 0; j < i; ++j) s += (j ? " + " : "") + ln[static_cast<size_t>(j)];
    return s.empty() ? std::string("0") : s;
  };
  const std::string total = upto(n);
  const std::string rkey = dn[static_cast<size_t>(ks)] + " / 2";

  if (along_x) {
    // Half-section on XY (x = axial, y = radius), revolved about the X axis.
    std::vector<Pt> p;
    p.push_back({"0", "0"});
    p.push_back({"0", dn[0] + " / 2 - " + ch});
    p.push_back({ch, dn[0] + " / 2"});
    for (int i = 0; i + 1 < n; ++i) {
      p.push_back({upto(i + 1), dn[static_cast<size_t>(i)] + " / 2"});
      p.push_back({upto(i + 1), dn[static_cast<size_t>(i) + 1] + " / 2"});
    }
    p.push_back({total + " - " + ch, dn.back() + " / 2"});
    p.push_back({total, dn.back() + " / 2 - " + ch});
    p.push_back({total, "0"});
    const bool list = chance(rng, 0.6);
    w.comment("half section: x along the axis, y = radius");
    if (list) write_point_list(w, "profile", p);
    auto c = w.chain("shaft", w.workplane(), "revolve about the X axis");
    draw_profile(c, p, list, "profile");
    c.call("revolve", "360, (0, 0, 0), (1, 0, 0)");
    c.end();
    if (has_key) {
      auto k = w.chain("keyseat", w.workplane(), "keyseat on the top of the shaft");
      if (key_slot)
        k.call("workplane", "offset=" + rkey + " - " + kd).call("center", kp + ", 0").call("slot2D", kl + ", " + kw).call("extrude", kd + " + 1");
      else
        k.call("box", kl + ", " + kw + ", 2 * " + kd).call("translate", "(" + kp + ", 0, " + rkey + ")");
      k.end();
      w.chain("shaft", "shaft").call("cut", "keyseat");
    }
    if (drills > 0) {
      auto c2 = w.chain("shaft", "shaft", "centre drill" + std::string(drills == 2 ? "s" : ""));
      c2.call("faces", "\"<X\"").call("workplane").call("cskHole", cdd + ", " + cdk + ", 60, " + cdt);
      if (drills == 2) c2.step("faces", "\">X\"").call("workplane").call("cskHole", cdd + ", " + cdk + ", 60, " + cdt);
    }
    return "shaft";
  }

  // Stacked cylinders along Z.
  if (as_list) {
    w.comment("stack the steps from the bottom up");
    w.chain("shaft", w.workplane()).call("circle", "steps[0][0] / 2").call("extrude", "steps[0][1]");
    w.line("for d, l in steps[1:]:");
    w.line("    shaft = shaft.faces(\">Z\").workplane().circle(d / 2).extrude(l)", {"faces", "workplane", "circle", "extrude"});
  } else {
    auto c = w.chain("shaft", w.workplane(), "stack the steps from the bottom up");
    c.call("circle", dn[0] + " / 2").call("extrude", ln[0]);
    for (int i = 1; i < n; ++i)
      c.step("faces", "\">Z\"").call("workplane").call("circle", dn[static_cast<size_t>(i)] + " / 2").call("extrude", ln[static_cast<size_t>(i)]);
  }
  w.chain("shaft", "shaft", "chamfer both ends").call("faces", "\">Z or <Z\"").call("chamfer", ch);
  if (has_key) {
    auto k = w.chain("keyseat", key_slot ? w.workplane("YZ") : w.workplane(), "keyseat on the +X side");
    if (key_slot)
      k.call("workplane", "offset=" + rkey + " - " + kd).call("center", "0, " + kp).call("slot2D", kl + ", " + kw + ", 90").call("extrude", kd + " + 1");
    else
      k.call("box", "2 * " + kd + ", " + kw + ", " + kl).call("translate", "(" + rkey + ", 0, " + kp + ")");
    k.end();
    w.chain("shaft", "shaft").call("cut", "keyseat");
  }
  if (drills > 0) {
    auto c2 = w.chain("shaft", "shaft", "centre drill" + std::string(drills == 2 ? "s" : ""));
    c2.call("faces", "\">Z\"").call("workplane").call("cskHole", cdd + ", " + cdk + ", 60, " + cdt);
    if (drills == 2) c2.step("faces", "\"<Z\"").call("workplane").call("cskHole", cdd + ", " + cdk + ", 60, " + cdt);
  }
  return "shaft";
}

// ---------------------------------------------------------------------------------------------
// knob: grip cylinder with flutes, rounded or chamfered top, optional skirt or neck, blind bore
// with a D-flat (or a round bore and a set screw).
std::string knob(base::Rng& rng, ProgramWriter& w) {
  const double dia = draw(rng, 16, 50, 1);
  const double grip_h = snap(dia * rng.uniform(0.45, 0.8), 0.5);
  // Few, broad flutes: every flute is a boolean against curved faces (time per program).
  const int n = std::clamp(static_cast<int>(std::lround(M_PI * dia / rng.uniform(7, 12))), 6, 12);
  const double pitch = M_PI * dia / n;
  const double flute_r = std::clamp(snap(pitch * rng.uniform(0.25, 0.33), 0.25), 1.0, 4.0);
  const double flute_c = snap(dia / 2 + flute_r * rng.uniform(0.1, 0.5), 0.25);
  const bool rect_flutes = chance(rng, 0.3);
  const double flute_w = snap(pitch * rng.uniform(0.35, 0.5), 0.25);
  const double flute_depth = snap(std::clamp(dia * 0.05, 1.0, 2.5), 0.25);
  const int top = draw_int(rng, 0, 2);  // 0 fillet, 1 chamfer, 2 sharp
  const double top_r = std::max(0.5, snap(std::min({grip_h / 4, dia / 10, 3.0}) * rng.uniform(0.5, 1.0), 0.5));
  const int base = pick(rng, std::vector<int>{0, 0, 1, 2, 2});  // 0 none, 1 skirt, 2 neck
  const double skirt_d = snap(dia + 2 * rng.uniform(2, 5), 1);
  const double skirt_t = draw(rng, 2, 4, 0.5);
  const double neck_d = snap(dia * rng.uniform(0.45, 0.65), 1);
  const double neck_h = draw(rng, 3, 8, 0.5);
  const double base_h = base == 1 ? skirt_t : base == 2 ? neck_h : 0;
  std::vector<double> shafts;
  for (double d : {4.0, 5.0, 6.0, 6.0, 8.0, 10.0})
    if (d <= dia * 0.3 && (base != 2 || d <= neck_d - 6)) shafts.push_back(d);
  const double shaft = shafts.empty() ? 4.0 : pick(rng, shafts);
  const double depth = snap((grip_h + base_h) * rng.uniform(0.5, 0.75), 0.5);
  // A set screw needs room: in a neck tall enough, or in the grip when its cylinder cannot touch
  // the flute it crosses (equal radii or a notch as wide as the drill would touch tangentially).
  const double screw_r = 1.25;
  const bool screw_fits = base == 0   ? std::abs((rect_flutes ? flute_w / 2 : flute_r) - screw_r) > 0.3
                          : base == 2 ? neck_h >= 2 * screw_r + 2
                                      : false;
  const bool d_flat = chance(rng, 0.6) || !screw_fits;
  const double flat = snap(shaft * rng.uniform(0.2, 0.3), 0.05);

  auto kd = w.param("knob_d", dia, "grip diameter");
  auto kh = w.param("grip_height", grip_h);
  auto nf = w.param_int("n_flutes", n);
  std::string fr, fc, fw, fd;
  if (rect_flutes) {
    fw = w.param("flute_w", flute_w);
    fd = w.param("flute_depth", flute_depth);
  } else {
    fr = w.param("flute_r", flute_r, "flute cutter radius");
    fc = w.param("flute_circle_r", flute_c, "radius of the cutter centres");
  }
  std::string tr = top < 2 ? w.param(top == 0 ? "top_fillet" : "top_chamfer", top_r) : "";
  std::string bd, bh;
  if (base == 1) {
    bd = w.param("skirt_d", skirt_d, "skirt below the grip");
    bh = w.param("skirt_thickness", skirt_t);
  } else if (base == 2) {
    bd = w.param("neck_d", neck_d, "neck below the grip");
    bh = w.param("neck_height", neck_h);
  }
  auto sd = w.param("shaft_d", shaft);
  auto depth_p = w.param("bore_depth", depth);
  std::string fl, ss;
  if (d_flat) fl = w.param("flat_offset", flat, "D-flat distance from the shaft axis");
  else ss = w.param("set_screw_drill", 2 * screw_r, "M3 tap drill");

  // Flutes run out below a rounded or chamfered top (cutting them through the round is slow
  // and unusual); with a sharp top and no base they go straight through.
  const bool through = top == 2 && base == 0;
  std::string fl_len;
  if (!through)
    fl_len = w.param_expr("flute_length", top == 2 ? kh + " + 1" : kh + " - " + tr + " - 1", "from the grip's bottom");
  CirclePattern pat = rect_flutes ? circle_pattern(rng, w, "flute_points", kd + " / 2", nf)
                                  : circle_pattern(rng, w, "flute_points", fc, nf);
  auto c = w.chain("knob", w.workplane(), "grip");
  c.call("circle", kd + " / 2").call("extrude", kh);
  if (top == 0) c.step("faces", "\">Z\"", "round the top edge").call("edges").call("fillet", tr);
  if (top == 1) c.step("faces", "\">Z\"", "chamfer the top edge").call("chamfer", tr);
  if (base > 0)
    c.step("faces", "\"<Z\"", base == 1 ? "skirt" : "neck").call("workplane").call("circle", bd + " / 2").call("extrude", bh);
  if (through) {
    c.step("faces", "\">Z\"", "flutes around the grip").call("workplane");
    pat.apply(c);
    if (rect_flutes) c.call("rect", "2 * " + fd + ", " + fw);
    else c.call("circle", fr);
    c.call("cutThruAll");
  } else {
    c.end();
    auto f = w.chain("flutes", w.workplane(), "flute cutters");
    pat.apply(f);
    if (rect_flutes) f.call("rect", "2 * " + fd + ", " + fw);
    else f.call("circle", fr);
    f.call("extrude", fl_len);
    f.end();
    w.chain("knob", "knob").call("cut", "flutes");
  }
  if (d_flat) {
    w.use_math();
    c.end();
    w.comment("D-shaped shaft bore from below");
    w.line("half_chord = math.sqrt((" + sd + " / 2) ** 2 - " + fl + " ** 2)");
    auto b = w.chain("knob", "knob");
    b.call("faces", "\"<Z\"").call("workplane")
        .call("moveTo", "-half_chord, " + fl)
        .call("lineTo", "half_chord, " + fl)
        .call("threePointArc", "(0, -" + sd + " / 2), (-half_chord, " + fl + ")")
        .call("close")
        .call("cutBlind", "-" + depth_p);
    return "knob";
  }
  c.end();
  w.chain("knob", "knob", "shaft bore").call("faces", "\"<Z\"").call("workplane").call("hole", sd + ", " + depth_p);
  const std::string z = base == 2 ? "-" + bh + " / 2" : depth_p + " / 2";
  w.chain("screw", w.workplane("YZ"), "set screw across the bore")
      .call("center", "0, " + z)
      .call("circle", ss + " / 2")
      .call("extrude", kd);
  w.chain("knob", "knob").call("cut", "screw");
  return "knob";
}

}  // namespace

void add_round_shaft_families(std::vector<Family>& out) {
  out.push_back({"stepped_shaft", "Stepped shaft with chamfered ends, optional keyseat and centre drills", &stepped_shaft});
  out.push_back({"knob", "Fluted control knob with a rounded top and a D-flat or set-screw shaft bore", &knob});
}

}  // namespace cadscribe::synth::round
