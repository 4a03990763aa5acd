// synth/family_freeform_swept.cpp — parts made by sweeping or lofting a section: a flanged pipe
// bend, a cabinet handle and a duct transition.
//
// Validity rules kept here: bend radii ≥ 1.5 × the section (no self-intersecting sweep), straight
// legs longer than the flanges that overlap them, bolt holes blind to the flange thickness (a
// through hole would clip the bent leg), and the duct's bore is a second, smaller loft cut out of
// the first — OCCT cannot shell a rectangle-to-circle loft (the offset of its corner patches fails).
#include <cmath>

#include "synth/family_freeform_util.h"

namespace cadscribe::synth::freeform {

namespace {

// A bolted flange on the face selected by `face`, flush with the pipe end and overlapping the
// pipe (extruded back against the face normal), then its bolt holes.
void write_flange(ProgramWriter& w, const std::string& var, const std::string& face, const std::string& comment,
                  bool square, const std::string& fd, const std::string& bore, const std::string& ft,
                  const std::string& bc, const std::string& n, const std::string& bd) {
  auto c = w.chain(var, var, comment);
  c.call("faces", "\"" + face + "\"").call("workplane", "centerOption=\"CenterOfMass\"");
  if (square) c.call("rect", fd + ", " + fd);
  else c.call("circle", fd + " / 2");
  c.call("circle", bore + " / 2").call("extrude", "-" + ft);
  c.step("faces", "\"" + face + "\"").call("workplane", "centerOption=\"CenterOfMass\"");
  if (square) c.call("rect", bc + " / math.sqrt(2), " + bc + " / math.sqrt(2), forConstruction=True").call("vertices");
  else c.call("polarArray", bc + " / 2, 0, 360, " + n);
  c.call("hole", bd + ", " + ft);
}

}  // namespace

std::string gen_pipe_bend(base::Rng& rng, ProgramWriter& w) {
  const double od = pick(rng, {12.0, 16.0, 20.0, 25.0, 32.0, 40.0, 50.0});
  const double wall = std::min(pick(rng, {1.5, 2.0, 2.5, 3.0, 4.0}), floor_to(od / 6, 0.5));
  const double R = ceil_to(od * pick(rng, {1.5, 2.0, 2.5, 3.0}), 1);
  const double angle = pick(rng, {30.0, 45.0, 60.0, 90.0, 90.0});
  const int flanges = static_cast<int>(rng.uniform_int(0, 2));  // none, start, both
  const Screw& s = screw(rng, od < 25 ? 1 : 2, od < 25 ? 3 : 5);
  const double m = std::max(3.0, ceil_to(0.6 * s.clearance, 0.5));
  const double bc = ceil_to(od + s.clearance + 2 * m, 1);
  const double fd = ceil_to(bc + s.clearance + 2 * m, 5);
  const double ft = grid(rng, std::max(4.0, 2 * wall), std::max(4.0, std::min(12.0, floor_to(od / 3, 1))), 1);
  int n_bolts = pick(rng, {3, 4, 4, 6, 8});
  while (n_bolts > 3 && M_PI * bc / n_bolts < 2 * s.clearance + 3) n_bolts -= n_bolts == 6 ? 2 : 1;
  const bool square = chance(rng, 0.25);
  const double leg1 = grid(rng, ceil_to(std::max(od, ft + 10), 5), ceil_to(3 * od, 5) + 20, 5);
  const double leg2 = grid(rng, ceil_to(std::max(od, ft + 10), 5), ceil_to(3 * od, 5) + 20, 5);

  const auto od_ = w.param("od", od, "pipe outside diameter");
  const auto wall_ = w.param("wall", wall, "wall thickness");
  const auto r_ = w.param("bend_r", R, "centreline bend radius");
  const auto a_ = w.param("bend_angle", angle, "degrees");
  const auto l1 = w.param("leg1", leg1, "straight before the bend");
  const auto l2 = w.param("leg2", leg2, "straight after the bend");
  std::string fd_, ft_, bc_, n_, bd_;
  if (flanges) {
    fd_ = w.param(square ? "flange_w" : "flange_d", fd, square ? "square flange" : "flange outside diameter");
    ft_ = w.param("flange_t", ft, "flange thickness");
    bc_ = w.param("bolt_circle", bc, "bolt circle diameter");
    if (!square) n_ = w.param_int("n_bolts", n_bolts, "");
    bd_ = w.param("bolt_d", s.clearance, std::string(s.name) + " clearance");
  }
  if (square || angle != 90) w.use_math();

  w.blank();
  {
    auto c = w.chain("path", "cq.Workplane(\"XZ\")", "centreline: straight, arc, straight");
    c.call("vLine", l1);
    if (angle == 90 && chance(rng, 0.6)) {
      c.call("radiusArc", "(" + r_ + ", " + l1 + " + " + r_ + "), " + r_).call("hLine", l2);
    } else {
      c.call("tangentArcPoint", "(" + r_ + " * (1 - math.cos(math.radians(" + a_ + "))), " + r_ +
                                    " * math.sin(math.radians(" + a_ + ")))");
      c.call("polarLine", l2 + ", 90 - " + a_);
      w.use_math();
    }
  }
  {
    auto c = w.chain("pipe", w.workplane(), "annular section swept along the centreline");
    c.call("circle", od_ + " / 2").call("circle", od_ + " / 2 - " + wall_).call("sweep", "path");
  }
  const std::string bore = "(" + od_ + " - 2 * " + wall_ + ")";
  if (flanges >= 1)
    write_flange(w, "pipe", "<Z", "inlet flange, flush with the pipe end", square, fd_, bore, ft_, bc_, n_, bd_);
  if (flanges >= 2)
    write_flange(w, "pipe", ">X", "outlet flange", square, fd_, bore, ft_, bc_, n_, bd_);
  return "pipe";
}

std::string gen_handle(base::Rng& rng, ProgramWriter& w) {
  const double span = pick(rng, {64.0, 96.0, 128.0, 160.0, 192.0});  // standard hole spacings
  const bool square_bar = chance(rng, 0.3);
  const double bar = square_bar ? pick(rng, {8.0, 10.0, 12.0}) : pick(rng, {8.0, 10.0, 12.0, 14.0});
  const double height = grid(rng, std::max(25.0, bar * 2.5), std::max(25.0, bar * 2.5) + 15, 1);
  const double bend_r = grid(rng, bar, std::min(height - 12, 2.0 * bar), 1);
  const int posts = static_cast<int>(rng.uniform_int(0, 2));  // 0 none, 1 round, 2 square pads
  const double post = ceil_to(bar * pick(rng, {1.3, 1.5, 1.8}), 1);
  const double post_h = grid(rng, 3, 8, 1);
  const Screw& s = screw(rng, bar >= 12 ? 2 : 1, bar >= 12 ? 3 : 2);
  const double tap_depth = grid(rng, 8, std::min(14.0, height - bend_r - 2), 1);
  const bool chamfer = posts != 0 && chance(rng, 0.5);

  const auto span_ = w.param("span", span, "hole spacing (centre to centre)");
  const auto h_ = w.param("height", height, "grip height above the door");
  const auto bar_ = w.param(square_bar ? "bar_w" : "bar_d", bar, square_bar ? "square bar" : "round bar");
  const auto r_ = w.param("bend_r", bend_r, "centreline radius of the two bends");
  std::string post_, ph_;
  if (posts) {
    post_ = w.param(posts == 1 ? "post_d" : "pad_w", post, "mounting post under each end");
    ph_ = w.param("post_h", post_h, "");
  }
  const auto tap_ = w.param("tap_d", s.tap_drill, std::string("tap drill for ") + s.name);
  const auto td_ = w.param("tap_depth", tap_depth, "");

  w.blank();
  {
    auto c = w.chain("path", "cq.Workplane(\"XZ\")", "U-shaped centreline: up, over, down");
    c.call("moveTo", "-" + span_ + " / 2, 0")
        .call("vLine", h_ + " - " + r_)
        .call("radiusArc", "(-" + span_ + " / 2 + " + r_ + ", " + h_ + "), " + r_)
        .call("hLine", span_ + " - 2 * " + r_)
        .call("radiusArc", "(" + span_ + " / 2, " + h_ + " - " + r_ + "), " + r_)
        .call("vLine", "-(" + h_ + " - " + r_ + ")");
  }
  {
    auto c = w.chain("handle", w.workplane(), "bar section at the start of the path, swept along it");
    c.call("center", "-" + span_ + " / 2, 0");
    if (square_bar) c.call("rect", bar_ + ", " + bar_);
    else c.call("circle", bar_ + " / 2");
    c.call("sweep", "path");
  }
  const std::string ends = "[(-" + span_ + " / 2, 0), (" + span_ + " / 2, 0)]";
  if (posts) {
    {
      auto c = w.chain("posts", w.workplane(), "mounting posts");
      c.call("pushPoints", ends);
      if (posts == 1) c.call("circle", post_ + " / 2");
      else c.call("rect", post_ + ", " + post_);
      c.call("extrude", ph_);
      if (chamfer) c.step("faces", "\"<Z\"").call("chamfer", "0.5");
    }
    w.line("handle = handle.union(posts)", {"union"});
  }
  {
    auto c = w.chain("handle", "handle", "tapped holes from the mounting face");
    c.call("faces", "\"<Z\"")
        .call("workplane", "centerOption=\"CenterOfBoundBox\"")
        .call("pushPoints", ends)
        .call("hole", tap_ + ", " + td_);
  }
  return "handle";
}

std::string gen_loft_transition(base::Rng& rng, ProgramWriter& w) {
  const double a = grid(rng, 40, 160, 5);
  const double b = grid(rng, ceil_to(0.5 * a, 5), a, 5);
  const bool round_top = chance(rng, 0.7);
  const double d = grid(rng, ceil_to(0.5 * b, 5), floor_to(std::max(0.5 * b, 1.1 * b), 5), 5);  // top diameter
  const double c2 = grid(rng, ceil_to(0.4 * a, 5), a, 5), e2 = grid(rng, ceil_to(0.4 * b, 5), b, 5);  // top rect
  const double h = grid(rng, ceil_to(0.6 * a, 5), ceil_to(1.4 * a, 5), 5);
  const double t = pick(rng, {1.5, 2.0, 2.5, 3.0});
  const double dx = chance(rng, 0.35) ? grid(rng, 5, floor_to(0.25 * a, 5), 5) : 0.0;
  const bool ruled = !round_top && chance(rng, 0.5);
  const int flanges = static_cast<int>(rng.uniform_int(0, 2));  // none, bottom, both
  const Screw& s = screw(rng, 1, 3);
  const double f = ceil_to(s.clearance + 6, 1);
  const double ft = pick(rng, {3.0, 4.0, 5.0, 6.0});
  const int n_top = pick(rng, {4, 6, 8});

  const auto a_ = w.param("inlet_l", a, "rectangular inlet");
  const auto b_ = w.param("inlet_w", b, "");
  std::string d_, c_, e_;
  if (round_top) d_ = w.param("outlet_d", d, "round outlet");
  else {
    c_ = w.param("outlet_l", c2, "rectangular outlet");
    e_ = w.param("outlet_w", e2, "");
  }
  const auto h_ = w.param("length", h, "inlet to outlet");
  std::string dx_;
  if (dx > 0) dx_ = w.param("offset", dx, "outlet offset along X");
  const auto t_ = w.param("wall", t, "");
  std::string f_, ft_, bd_;
  if (flanges) {
    f_ = w.param("flange_w", f, "flange width around the duct");
    ft_ = w.param("flange_t", ft, "flange thickness");
    bd_ = w.param("bolt_d", s.clearance, std::string(s.name) + " clearance");
  }

  // The outer loft and the bore loft differ only by the wall.
  auto section = [&](const std::string& var, const std::string& comment, const std::string& inset) {
    auto c = w.chain(var, w.workplane(), comment);
    c.call("rect", a_ + inset + ", " + b_ + inset).call("workplane", "offset=" + h_);
    if (dx > 0) c.call("center", dx_ + ", 0");
    if (round_top) c.call("circle", d_ + " / 2" + (inset.empty() ? "" : " - " + t_));
    else c.call("rect", c_ + inset + ", " + e_ + inset);
    c.call("loft", ruled ? "ruled=True" : "combine=True");
  };
  w.blank();
  section("duct", "outer skin: inlet section lofted to the outlet section", "");
  section("bore", "the same transition one wall smaller, cut out below", " - 2 * " + t_);

  if (flanges >= 1) {
    auto c = w.chain("inlet_flange", w.workplane(), "bolted inlet flange");
    c.call("rect", a_ + " + 2 * " + f_ + ", " + b_ + " + 2 * " + f_)
        .call("extrude", ft_)
        .step("faces", "\">Z\"")
        .call("workplane")
        .call("rect", a_ + " + " + f_ + ", " + b_ + " + " + f_ + ", forConstruction=True")
        .call("vertices")
        .call("hole", bd_);
  }
  if (flanges >= 1) w.line("duct = duct.union(inlet_flange)", {"union"});
  if (flanges >= 2) {
    auto c = w.chain("outlet_flange", w.workplane(), "outlet flange");
    c.call("workplane", "offset=" + h_ + " - " + ft_);
    if (dx > 0) c.call("center", dx_ + ", 0");
    if (round_top) {
      c.call("circle", d_ + " / 2 + " + f_)
          .call("extrude", ft_)
          .step("faces", "\">Z\"")
          .call("workplane", "centerOption=\"CenterOfMass\"")
          .call("polarArray", d_ + " / 2 + " + f_ + " / 2, 0, 360, " + std::to_string(n_top));
    } else {
      c.call("rect", c_ + " + 2 * " + f_ + ", " + e_ + " + 2 * " + f_)
          .call("extrude", ft_)
          .step("faces", "\">Z\"")
          .call("workplane", "centerOption=\"CenterOfMass\"")
          .call("rect", c_ + " + " + f_ + ", " + e_ + " + " + f_ + ", forConstruction=True")
          .call("vertices");
    }
    c.call("hole", bd_);
  }
  if (flanges >= 2) w.line("duct = duct.union(outlet_flange)", {"union"});
  w.line("duct = duct.cut(bore)", {"cut"});
  return "duct";
}

}  // namespace cadscribe::synth::freeform
