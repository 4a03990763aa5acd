// synth/family_freeform_shelled.cpp — thin-walled parts made by shelling a box from its top face:
// the enclosure, its lid and a divided tray.
//
// Validity rules kept here: shell walls are thinner than any fillet they offset (an inward offset
// past a fillet's radius degenerates), interior features keep ≥ 1.5 mm clear of the inner walls
// (tangent contacts make booleans fragile), and holes stay inside the floor/lip regions.
#include <cmath>

#include "synth/family_freeform_util.h"

namespace cadscribe::synth::freeform {

namespace {

// Inset from the outer wall of a feature of radius `rf` kept `gap` clear of an inner wall with
// corner radius `inner_r`: far enough along the diagonal to clear the rounded inner corner too.
double corner_inset(double wall, double inner_r, double rf, double gap) {
  const double delta = rf + gap;
  const double rho = std::max(inner_r - delta, 0.0);
  return ceil_to(wall + delta + rho * (1 - 1 / std::sqrt(2.0)), 0.5);
}

// Writes the box body: box(...) or rect().extrude(), optionally with rounded vertical corners.
void box_body(ProgramWriter& w, base::Rng& rng, Chain& c, const std::string& L, const std::string& W,
              const std::string& H) {
  (void)w;
  if (chance(rng, 0.5)) c.call("box", L + ", " + W + ", " + H + ", centered=(True, True, False)");
  else c.call("rect", L + ", " + W).call("extrude", H);
}

}  // namespace

std::string gen_enclosure(base::Rng& rng, ProgramWriter& w) {
  const double L = grid(rng, 50, 160, 5);
  const double W = grid(rng, std::max(30.0, ceil_to(0.45 * L, 5)), floor_to(0.9 * L, 5), 5);
  const double H = grid(rng, 20, std::max(20.0, std::min(70.0, floor_to(0.8 * W, 5))), 5);
  const double t = pick(rng, {1.5, 2.0, 2.5, 3.0});
  const bool rounded = chance(rng, 0.8);
  const double r = rounded ? grid(rng, t + 1.5, floor_to(std::min(L, W) / 6, 0.5), 0.5) : 0.0;
  const bool bottom_round = rounded && chance(rng, 0.3) && r - 0.5 >= t + 1;
  const double rb = bottom_round ? grid(rng, t + 1, std::min(r - 0.5, floor_to(H / 4, 0.5)), 0.5) : 0.0;
  const int interior = static_cast<int>(rng.uniform_int(0, 9));  // 0-5 bosses, 6-8 floor holes, 9 none
  const bool cable = chance(rng, 0.55);

  const auto L_ = w.param("length", L, "outside length");
  const auto W_ = w.param("width", W, "outside width");
  const auto H_ = w.param("height", H, "outside height");
  const auto t_ = w.param("wall", t, "wall and floor thickness");
  std::string r_, rb_;
  if (rounded) r_ = w.param("corner_r", r, "outside corner radius");
  if (bottom_round) rb_ = w.param("bottom_r", rb, "bottom edge radius");

  {
    auto c = w.chain("body", w.workplane(), "outer block, hollowed from the open top");
    box_body(w, rng, c, L_, W_, H_);
    if (rounded) c.step("edges", "\"|Z\"", "round the vertical corners").call("fillet", r_);
    if (bottom_round) c.step("edges", "\"<Z\"", "soften the bottom edges").call("fillet", rb_);
    c.step("faces", "\">Z\"", "remove the top face and keep walls of constant thickness").call("shell", "-" + t_);
  }

  const double inner_r = std::max(r - t, 0.0);
  if (interior <= 5) {
    const Screw& s = screw(rng, 0, 2);
    const double boss_d = grid(rng, ceil_to(2.2 * s.clearance, 0.5), ceil_to(2.2 * s.clearance, 0.5) + 2, 0.5);
    const double gap = pick(rng, {1.5, 2.0, 2.5});
    const double inset = corner_inset(t, inner_r, boss_d / 2, gap);
    const double boss_h = grid(rng, ceil_to(0.4 * (H - t), 1), floor_to(H - t - 3, 1), 1);
    const auto bd = w.param("boss_d", boss_d, std::string("screw boss diameter (") + s.name + ")");
    const auto bh = w.param("boss_h", boss_h, "boss height above the floor");
    const auto tap = w.param("tap_d", s.tap_drill, std::string("tap drill for ") + s.name);
    const auto in = w.param("boss_inset", inset, "boss centre from the outside walls");
    w.blank();
    if (w.style().loops) {
      w.comment("four screw bosses standing on the floor");
      w.line("for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:");
      w.line("    x = sx * (" + L_ + " / 2 - " + in + ")");
      w.line("    y = sy * (" + W_ + " / 2 - " + in + ")");
      w.line("    boss = " + w.workplane() + ".workplane(offset=" + t_ + ").center(x, y).circle(" + bd +
                 " / 2).circle(" + tap + " / 2).extrude(" + bh + ")",
             {"workplane", "center", "circle", "circle", "extrude"});
      w.line("    body = body.union(boss)", {"union"});
    } else if (chance(rng, 0.5)) {
      {
        auto c = w.chain("bosses", w.workplane(), "four screw bosses standing on the floor");
        c.call("workplane", "offset=" + t_)
            .call("rect", L_ + " - 2 * " + in + ", " + W_ + " - 2 * " + in + ", forConstruction=True")
            .call("vertices")
            .call("circle", bd + " / 2")
            .call("circle", tap + " / 2")
            .call("extrude", bh);
      }
      w.line("body = body.union(bosses)", {"union"});
    } else {
      {
        auto c = w.chain("bosses", w.workplane(), "four solid bosses on the floor, drilled from the top");
        c.call("workplane", "offset=" + t_)
            .call("rect", L_ + " - 2 * " + in + ", " + W_ + " - 2 * " + in + ", forConstruction=True")
            .call("vertices")
            .call("circle", bd + " / 2")
            .call("extrude", bh)
            .step("faces", "\">Z\"")
            .call("workplane")
            .call("rect", L_ + " - 2 * " + in + ", " + W_ + " - 2 * " + in + ", forConstruction=True")
            .call("vertices")
            .call("hole", tap + ", " + bh + " - 1");
      }
      w.line("body = body.union(bosses)", {"union"});
    }
  } else if (interior <= 8) {
    const Screw& s = screw(rng, 1, 3);
    const double gap = 3.0;
    const double inset = corner_inset(t, inner_r, s.clearance / 2, gap);
    const auto hd = w.param("mount_d", s.clearance, std::string("floor mounting holes (") + s.name + " clearance)");
    const auto in = w.param("mount_inset", inset, "hole centre from the outside walls");
    w.blank();
    auto c = w.chain("body", "body", "mounting holes through the floor");
    c.call("faces", "\"<Z\"")
        .call("workplane")
        .call("rect", L_ + " - 2 * " + in + ", " + W_ + " - 2 * " + in + ", forConstruction=True")
        .call("vertices")
        .call("hole", hd);
  }

  if (cable) {
    const std::string side = pick(rng, {std::string("<X"), std::string(">X"), std::string("<Y")});
    const double across = side == "<Y" ? L : W;
    const double dmax = std::min(floor_to(H - 2 * t - 6, 1), floor_to(across / 3, 1));
    if (dmax >= 5) {
      const double d = grid(rng, 5, std::min(dmax, 16.0), 1);
      const auto cd = w.param("cable_d", d, "cable entry hole");
      auto c = w.chain("body", "body", "cable entry through one side wall");
      c.call("faces", "\"" + side + "\"")
          .call("workplane", "centerOption=\"CenterOfBoundBox\"")
          .call("hole", cd + ", " + t_ + " + 1");
    }
  }
  return "body";
}

std::string gen_enclosure_lid(base::Rng& rng, ProgramWriter& w) {
  const double L = grid(rng, 50, 160, 5);
  const double W = grid(rng, std::max(30.0, ceil_to(0.45 * L, 5)), floor_to(0.9 * L, 5), 5);
  const double tp = pick(rng, {2.0, 2.5, 3.0, 4.0, 5.0});
  const double te = pick(rng, {1.5, 2.0, 2.5, 3.0});  // the enclosure's wall
  const double clr = pick(rng, {0.2, 0.3, 0.5});
  const double lt = pick(rng, {1.2, 1.5, 2.0});
  const double lip_h = grid(rng, 3, 8, 0.5);
  const bool rounded = chance(rng, 0.8);
  const double r = rounded ? grid(rng, 2, floor_to(std::min(L, W) / 6, 0.5), 0.5) : 0.0;
  const int edge = static_cast<int>(rng.uniform_int(0, 2));  // 0 none, 1 chamfer, 2 fillet of the top outline
  const double edge_r = std::min(pick(rng, {0.5, 0.8, 1.0}), tp / 2 - 0.5);

  // Screw heads: countersunk if the plate is thick enough for the cone, counterbored if thicker.
  const Screw& s = screw(rng, 0, 2);
  int head = static_cast<int>(rng.uniform_int(0, 2));  // 0 plain, 1 csk, 2 cbore
  if (head == 2 && tp < s.cbore_depth + 1.5) head = 1;
  if (head == 1 && tp < (s.csk_d - s.clearance) / 2 + 0.8) head = 0;
  const double head_d = head == 2 ? s.cbore_d : head == 1 ? s.csk_d : s.clearance;

  const auto L_ = w.param("length", L, "lid outline (matches the box)");
  const auto W_ = w.param("width", W, "");
  const auto tp_ = w.param("thickness", tp, "plate thickness");
  std::string r_;
  if (rounded) r_ = w.param("corner_r", r, "corner radius");
  const auto te_ = w.param("box_wall", te, "wall of the box the lid sits on");
  const auto clr_ = w.param("clearance", clr, "gap between lip and box wall");
  const auto lt_ = w.param("lip_t", lt, "lip wall thickness");
  const auto lh_ = w.param("lip_h", lip_h, "lip depth into the box");
  const double lip_l = L - 2 * te - 2 * clr, lip_w = W - 2 * te - 2 * clr;
  const double inset = ceil_to(te + clr + lt + head_d / 2 + 1.5 + std::max(r - te - clr - lt, 0.0) * 0.3, 0.5);
  const auto hole_ = w.param("screw_d", s.clearance, std::string(s.name) + " clearance");
  std::string head_;
  if (head == 1) head_ = w.param("csk_d", s.csk_d, "countersink diameter (90°)");
  if (head == 2) head_ = w.param("cbore_d", s.cbore_d, "counterbore diameter");
  std::string cb_depth_;
  if (head == 2) cb_depth_ = w.param("cbore_depth", s.cbore_depth, "");
  const auto in_ = w.param("screw_inset", inset, "screw centre from the outer edge");

  {
    auto c = w.chain("lid", w.workplane(), "the cover plate");
    box_body(w, rng, c, L_, W_, tp_);
    if (rounded) c.step("edges", "\"|Z\"", "round the corners").call("fillet", r_);
    if (edge == 1) c.step("faces", "\">Z\"", "break the top edge").call("chamfer", num(edge_r));
    if (edge == 2) c.step("faces", "\">Z\"", "round the top edge").call("fillet", num(edge_r));
  }
  const std::string lip_l_ = L_ + " - 2 * (" + te_ + " + " + clr_ + ")";
  const std::string lip_w_ = W_ + " - 2 * (" + te_ + " + " + clr_ + ")";
  if (chance(rng, 0.5)) {
    auto c = w.chain("lid", "lid", "locating lip that drops inside the box walls");
    c.call("faces", "\"<Z\"")
        .call("workplane")
        .call("rect", lip_l_ + ", " + lip_w_)
        .call("rect", lip_l_ + " - 2 * " + lt_ + ", " + lip_w_ + " - 2 * " + lt_)
        .call("extrude", lh_);
  } else {
    {
      auto c = w.chain("lip", w.workplane(), "locating lip that drops inside the box walls");
      c.call("rect", lip_l_ + ", " + lip_w_)
          .call("rect", lip_l_ + " - 2 * " + lt_ + ", " + lip_w_ + " - 2 * " + lt_)
          .call("extrude", "-" + lh_);
    }
    w.line("lid = lid.union(lip)", {"union"});
  }

  {
    auto c = w.chain("lid", "lid", "corner screws into the box bosses");
    c.call("faces", "\">Z\"")
        .call("workplane")
        .call("rect", L_ + " - 2 * " + in_ + ", " + W_ + " - 2 * " + in_ + ", forConstruction=True")
        .call("vertices");
    if (head == 0) c.call("hole", hole_);
    if (head == 1) c.call("cskHole", hole_ + ", " + head_ + ", 90");
    if (head == 2) c.call("cboreHole", hole_ + ", " + head_ + ", " + cb_depth_);
  }

  // Optional opening in the middle, clear of the screws and inside the lip.
  const double free_x = L / 2 - inset - head_d / 2 - 3;
  const double in_x = lip_l / 2 - lt - 2, in_y = lip_w / 2 - lt - 2;
  const double hx = std::min(free_x, in_x), hy = std::min(in_y, W / 2 - te - lt - 4);
  const int opening = static_cast<int>(rng.uniform_int(0, 3));  // 0 none, 1 vents, 2 window, 3 recess
  if (opening == 1 && hx > 12 && hy > 8) {
    const double slot_w = pick(rng, {2.0, 2.5, 3.0});
    const double pitch = slot_w + pick(rng, {2.0, 2.5, 3.0});
    const int n = static_cast<int>(std::clamp(std::floor(2 * (hy - 1) / pitch), 2.0, 8.0));
    const double slot_l = floor_to(std::min(1.6 * hx, 60.0), 1);
    const auto sl = w.param("vent_l", slot_l, "ventilation slots");
    const auto sw = w.param("vent_w", slot_w, "");
    const auto sp = w.param("vent_pitch", pitch, "");
    const auto sn = w.param_int("vent_n", n, "");
    auto c = w.chain("lid", "lid", "ventilation slots");
    c.call("faces", "\">Z\"")
        .call("workplane")
        .call("rarray", "1, " + sp + ", 1, " + sn)
        .call("slot2D", sl + ", " + sw + ", 0")
        .call("cutThruAll");
  } else if (opening >= 2 && hx > 8 && hy > 6) {
    const double wx = floor_to(std::min(1.6 * hx, 80.0), 1), wy = floor_to(std::min(1.6 * hy, 50.0), 1);
    const auto wx_ = w.param(opening == 2 ? "window_l" : "label_l", wx, opening == 2 ? "display window" : "label recess");
    const auto wy_ = w.param(opening == 2 ? "window_w" : "label_w", wy, "");
    auto c = w.chain("lid", "lid", opening == 2 ? "display window" : "shallow recess for a label");
    c.call("faces", "\">Z\"")
        .call("workplane")
        .call("rect", wx_ + ", " + wy_);
    if (opening == 2) c.call("cutThruAll");
    else c.call("cutBlind", "-" + num(std::min(0.5, tp / 4)));
  }
  return "lid";
}

std::string gen_tray(base::Rng& rng, ProgramWriter& w) {
  const double L = grid(rng, 80, 300, 10);
  const double W = grid(rng, std::max(50.0, ceil_to(0.4 * L, 5)), floor_to(0.8 * L, 5), 5);
  const double H = grid(rng, 15, std::max(15.0, std::min(50.0, floor_to(0.4 * W, 5))), 5);
  const double t = pick(rng, {1.5, 2.0, 2.5, 3.0});
  const double r = grid(rng, t + 2, floor_to(std::min({L, W}) / 5, 1), 1);
  // A chamfered bottom under rounded corners makes the inward offset (shell) fail: fillet or nothing.
  const int bottom = static_cast<int>(rng.uniform_int(0, 1));  // 0 sharp, 1 fillet
  const double rb = grid(rng, t + 1, std::max(t + 1, std::min(r - 1, floor_to(H / 3, 0.5))), 0.5);
  int nx = static_cast<int>(rng.uniform_int(1, 4));
  int ny = static_cast<int>(rng.uniform_int(1, 3));
  if (nx * ny == 1 && chance(rng, 0.8)) nx = 2;
  const double rt = pick(rng, {1.2, 1.5, 2.0});
  const double rib_h = grid(rng, ceil_to(0.5 * (H - t), 1), floor_to(H - t - 1, 1), 1);
  const bool notch = nx % 2 == 1 && chance(rng, 0.4) && H >= 15;

  const auto L_ = w.param("length", L, "outside length");
  const auto W_ = w.param("width", W, "outside width");
  const auto H_ = w.param("height", H, "outside height");
  const auto t_ = w.param("wall", t, "wall thickness");
  const auto r_ = w.param("corner_r", r, "plan corner radius");
  std::string rb_;
  if (bottom) rb_ = w.param("bottom_r", rb, "bottom edge radius");
  std::string nx_, ny_, rt_, rh_;
  if (nx * ny > 1) {
    nx_ = w.param_int("n_cols", nx, "compartments along the length");
    ny_ = w.param_int("n_rows", ny, "compartments along the width");
    rt_ = w.param("rib_t", rt, "divider thickness");
    rh_ = w.param("rib_h", rib_h, "divider height above the floor");
  }

  {
    auto c = w.chain("tray", w.workplane(), "rounded block, shelled from the top");
    box_body(w, rng, c, L_, W_, H_);
    c.step("edges", "\"|Z\"", "round the plan corners").call("fillet", r_);
    if (bottom == 1) c.step("edges", "\"<Z\"", "round the bottom edges").call("fillet", rb_);
    c.step("faces", "\">Z\"").call("shell", "-" + t_);
  }
  if (nx * ny > 1) {
    w.blank();
    // Ribs end half-way into the walls, except over a bottom fillet where the outer skin curves
    // in near the floor (the rib end would poke through): there they stop at the inner wall.
    const std::string inset = bottom ? "2 * " + t_ : t_;
    w.comment(bottom ? "divider ribs between the inner walls" : "divider ribs, ends buried half-way into the walls");
    if (w.style().loops) {
      if (nx > 1) {
        w.line("for i in range(1, " + nx_ + "):");
        w.line("    x = -" + L_ + " / 2 + i * " + L_ + " / " + nx_);
        w.line("    rib = " + w.workplane() + ".workplane(offset=" + t_ + ").center(x, 0).rect(" + rt_ + ", " + W_ +
                   " - " + inset + ").extrude(" + rh_ + ")",
               {"workplane", "center", "rect", "extrude"});
        w.line("    tray = tray.union(rib)", {"union"});
      }
      if (ny > 1) {
        w.line("for j in range(1, " + ny_ + "):");
        w.line("    y = -" + W_ + " / 2 + j * " + W_ + " / " + ny_);
        w.line("    rib = " + w.workplane() + ".workplane(offset=" + t_ + ").center(0, y).rect(" + L_ + " - " + inset +
                   ", " + rt_ + ").extrude(" + rh_ + ")",
               {"workplane", "center", "rect", "extrude"});
        w.line("    tray = tray.union(rib)", {"union"});
      }
    } else {
      if (nx > 1) {
        {
          auto c = w.chain("ribs_x", w.workplane(), "");
          c.call("workplane", "offset=" + t_)
              .call("rarray", L_ + " / " + nx_ + ", 1, " + nx_ + " - 1, 1")
              .call("rect", rt_ + ", " + W_ + " - " + inset)
              .call("extrude", rh_);
        }
        w.line("tray = tray.union(ribs_x)", {"union"});
      }
      if (ny > 1) {
        {
          auto c = w.chain("ribs_y", w.workplane(), "");
          c.call("workplane", "offset=" + t_)
              .call("rarray", "1, " + W_ + " / " + ny_ + ", 1, " + ny_ + " - 1")
              .call("rect", L_ + " - " + inset + ", " + rt_)
              .call("extrude", rh_);
        }
        w.line("tray = tray.union(ribs_y)", {"union"});
      }
    }
  }
  if (notch) {
    const double nr = grid(rng, 8, std::min(15.0, std::max(8.0, floor_to(0.6 * H, 1))), 1);
    const auto nr_ = w.param("notch_r", nr, "finger notch in the front wall");
    {
      auto c = w.chain("notch", "cq.Workplane(\"XZ\", origin=(0, -" + W_ + " / 2 - 1, " + H_ + "))",
                       "finger notch cut into the front wall");
      c.call("circle", nr_).call("extrude", "-(" + t_ + " + 2)");
    }
    w.line("tray = tray.cut(notch)", {"cut"});
  }
  return "tray";
}

}  // namespace cadscribe::synth::freeform
