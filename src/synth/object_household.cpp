// synth/object_household.cpp — household items: coaster, wall hook, phone stand, shelf bracket,
// key holder, comb. Flat-backed or flat-bottomed
// so they print without supports.
#include <algorithm>
#include <cmath>

#include "synth/family_sampling.h"
#include "synth/object.h"

namespace cadscribe::synth {
namespace {

using sampling::chance;
using sampling::grid;
using sampling::pick;

// coaster: a round or square disc with a raised rim and a pattern of grooves (rings or a grid)
// cut into its top, never through the floor.
void coaster(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const bool square = chance(rng, 0.35);
  const double size = grid(rng, 80, 110, 5), t = grid(rng, 3, 6, 0.5);
  const double rim = grid(rng, 2, 4, 0.5), rim_h = grid(rng, 1, 2, 0.5);
  const int pattern = int(rng.uniform_int(0, 2));  // 0 plain, 1 rings, 2 grid of grooves
  const int grooves = int(rng.uniform_int(3, 6));
  const auto S = w.param("size", size, square ? "side" : "diameter");
  const auto T = w.param("thickness", t, "the floor");
  const auto RW = w.param("rim_width", rim), RH = w.param("rim_height", rim_h, "above the floor");
  std::string G, GW;
  if (pattern) {
    G = w.param("grooves", grooves);
    GW = w.param("groove_width", 1.5);
  }
  const std::string inner = S + " - 2 * " + RW;
  auto plate = [&](const std::string& size, const std::string& height, const std::string& z) {
    return "translate([0, 0, " + z + "]) " +
           (square ? "translate([-(" + size + ") / 2, -(" + size + ") / 2, 0]) cube([" + size + ", " + size + ", " + height + "]);"
                   : "cylinder(h = " + height + ", " + w.round_size(size) + ");");
  };
  std::vector<std::string> body = {"difference() {", "  " + plate(S, T + " + " + RH, "0"),
                                   "  " + plate(inner, RH + " + 1", T)};
  // Grooves half the floor deep, kept inside the rim.
  if (pattern == 1)
    body.insert(body.end(), {"  // the rings revolved from one section: a row of squares",
                             "  translate([0, 0, " + T + " / 2]) rotate_extrude() for (i = [1 : " + G + "])",
                             "    translate([i * (" + inner + ") / 2 / (" + G + " + 1) - " + GW + " / 2, 0]) square([" + GW + ", " + T + "]);"});
  if (pattern == 2)
    body.insert(body.end(), {"  intersection() {", "    " + plate(inner, T, T + " / 2"),
                             "    for (i = [1 : " + G + "], a = [0, 90])",
                             "      rotate([0, 0, a]) translate([-(" + inner + ") / 2 + i * (" + inner + ") / (" + G + " + 1) - " + GW +
                                 " / 2, -(" + S + ") / 2, 0])",
                             "        cube([" + GW + ", " + S + ", 2 * " + T + "]);",
                             "  }"});
  body.push_back("}");
  w.module("coaster_body", "", body, "the disc, its rim and the grooves in its top");
  w.assembly("coaster", {"coaster_body();"});
  d.prompts.adjective(square ? "square" : "round");
  d.prompts.detail(Prompts::length(rng, size) + (square ? " square" : " across"));
  if (pattern == 1) d.prompts.detail("with ring grooves");
  if (pattern == 2) d.prompts.detail("with a grid pattern");
  if (t >= 5) d.prompts.adjective("thick");
}

// wall hook: a back plate with countersunk screw holes and a hook arm that rises to a tip,
// profiled in 2D and extruded to the plate's width.
void hook(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double plate_h = grid(rng, 40, 80, 5), width = grid(rng, 12, 30, 2), plate_t = grid(rng, 4, 6, 0.5);
  const double reach = grid(rng, 20, 45, 5), arm_t = grid(rng, 5, 9, 0.5), tip = grid(rng, 8, 20, 2);
  const bool two_holes = plate_h >= 55 && chance(rng, 0.6);
  const double hole = pick(rng, {3.5, 4.0, 4.5});
  const auto PH = w.param("plate_height", plate_h), WD = w.param("width", width);
  const auto PT = w.param("plate_thickness", plate_t), RE = w.param("reach", reach, "from the wall to the tip");
  const auto AT = w.param("arm_thickness", arm_t), TP = w.param("tip_height", tip, "the tip rises above the arm");
  const auto HD = w.param("screw_hole", hole, "screw diameter");
  w.module("profile", "",
           {"// side view: the plate, the arm along the bottom, the tip turned up",
            "square([" + PT + ", " + PH + "]);", "square([" + RE + ", " + AT + "]);",
            "translate([" + RE + " - " + AT + ", 0]) square([" + AT + ", " + AT + " + " + TP + "]);"},
           "the hook's side profile");
  const std::string hz = two_holes ? "[" + PH + " * 0.45, " + PH + " * 0.8]" : "[" + PH + " * 0.7]";
  w.module("screw_holes", "",
           {"for (z = " + hz + ")", "  translate([-1, " + WD + " / 2, z]) rotate([0, 90, 0]) {",
            "    cylinder(h = " + PT + " + 2, " + w.round_size(HD) + ");",
            "    translate([0, 0, " + PT + " - 1]) cylinder(h = 2.01, d1 = " + HD + ", d2 = " + HD + " * 2 + 2);  // countersink", "  }"},
           "screw holes, countersunk on the front");
  w.assembly("hook", {"difference() {", "  rotate([90, 0, 0]) translate([0, 0, -" + WD + "]) linear_extrude(height = " + WD +
                                                ") profile();",
                      "  screw_holes();", "}"});
  d.prompts.detail(Prompts::length(rng, reach) + " deep");
  if (two_holes) d.prompts.detail("with two screw holes");
  if (reach >= 40) d.prompts.adjective("deep");
  if (width >= 24) d.prompts.adjective("wide");
  if (width <= 14) d.prompts.adjective("slim");
}

// phone stand: a side profile extruded to the stand's width — a base, a back rest leaning back
// at the stand's angle and a lip in front that holds the phone's edge; optionally a slot in the
// back rest for the charging cable.
void phone_stand(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double angle = grid(rng, 50, 75, 5), width = grid(rng, 60, 90, 5), t = grid(rng, 4, 6, 0.5);
  const double rest = grid(rng, 70, 110, 5), lip = grid(rng, 8, 14, 1), ledge = grid(rng, 10, 16, 1);
  const double base_l = std::ceil((ledge + t + rest * std::cos(angle * M_PI / 180) + 10) / 5) * 5;
  const bool slot = chance(rng, 0.5);
  const auto A = w.param("angle", angle, "back rest from the desk, degrees");
  const auto WD = w.param("width", width), T = w.param("thickness", t);
  const auto RL = w.param("rest_length", rest), LH = w.param("lip_height", lip), LD = w.param("ledge_depth", ledge, "room for the phone's edge");
  const auto BL = w.param("base_length", base_l);
  w.module("profile", "",
           {"square([" + BL + ", " + T + "]);  // base", "square([" + T + ", " + LH + "]);  // lip in front",
            "translate([" + T + " + " + LD + ", 0]) rotate(" + A + ") square([" + RL + ", " + T + "]);  // back rest",
            "// a brace from the back rest down to the base's end",
            "hull() {", "  translate([" + T + " + " + LD + " + " + RL + " * 0.6 * cos(" + A + "), " + RL + " * 0.6 * sin(" + A + ")]) circle(d = " + T + ");",
            "  translate([" + BL + " - " + T + " / 2, " + T + " / 2]) circle(d = " + T + ");", "}"},
           "the stand seen from the side");
  std::vector<std::string> body = {"rotate([90, 0, 0]) translate([0, 0, -" + WD + " / 2]) linear_extrude(height = " + WD + ") profile();"};
  if (slot) {
    const auto SW = w.param("cable_slot", 12, "width of the cable slot");
    body = {"difference() {", "  " + body[0],
            "  translate([" + T + " + " + LD + " - 1, -" + SW + " / 2, -1]) cube([" + RL + " * 0.35, " + SW + ", " + T + " + 2]);", "}"};
  }
  w.assembly("phone_stand", body);
  d.prompts.detail("at " + scad_number(angle) + " degrees");
  if (slot) d.prompts.detail("with a cable slot");
  if (width >= 80) d.prompts.adjective("wide");
  if (angle >= 70) d.prompts.adjective("upright");
}

// shelf bracket: an L of two arms with a diagonal gusset, screw holes in both arms.
void shelf_bracket(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double arm = grid(rng, 80, 180, 10), drop = grid(rng, arm * 0.7, arm, 10), width = grid(rng, 20, 40, 5);
  const double t = grid(rng, 5, 8, 1), hole = pick(rng, {4.0, 4.5, 5.0});
  const bool solid = chance(rng, 0.4);  // solid triangle web instead of a diagonal strut
  const auto AL = w.param("arm_length", arm, "under the shelf"), DL = w.param("drop_length", drop, "down the wall");
  const auto WD = w.param("width", width), T = w.param("thickness", t), HD = w.param("screw_hole", hole);
  std::vector<std::string> profile = {"square([" + AL + ", " + T + "]);  // the arm under the shelf",
                                      "translate([0, -" + DL + " + " + T + "]) square([" + T + ", " + DL + "]);  // against the wall"};
  if (solid)
    profile.push_back("polygon([[" + T + ", 0], [" + AL + " * 0.7, 0], [" + T + ", -" + DL + " * 0.7]]);  // web");
  else
    profile.push_back("hull() { translate([" + AL + " * 0.75, 0]) square(" + T + "); translate([0, -" + DL + " * 0.75]) square(" + T + "); }  // strut");
  w.module("profile", "", profile, "the bracket seen from the side");
  w.module("holes", "",
           {"for (x = [" + AL + " * 0.35, " + AL + " * 0.85]) translate([x, 0, -1]) cylinder(h = " + T + " + 2, " + w.round_size(HD) + ", $fn = 24);",
            "for (y = [" + DL + " * 0.35, " + DL + " * 0.85]) translate([-1, 0, -y + " + T + "]) rotate([0, 90, 0]) cylinder(h = " + T +
                " + 2, " + w.round_size(HD) + ", $fn = 24);"},
           "two screw holes in each arm");
  w.assembly("bracket", {"difference() {",
                         "  rotate([90, 0, 0]) translate([0, 0, -" + WD + " / 2]) linear_extrude(height = " + WD + ") profile();",
                         "  holes();", "}"});
  d.prompts.detail(Prompts::length(rng, arm) + " deep");
  if (solid) d.prompts.detail("with a solid web");
  if (arm >= 150) d.prompts.adjective("large");
  if (t >= 7) d.prompts.adjective("heavy-duty");
}

// key holder: a rounded back plate with a row of pegs angled upwards and two mounting holes.
void key_holder(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const int pegs = int(rng.uniform_int(3, 6));
  const double pitch = grid(rng, 25, 35, 5), height = grid(rng, 45, 70, 5), t = grid(rng, 5, 7, 1);
  const double peg_d = grid(rng, 6, 9, 1), peg_l = grid(rng, 20, 35, 5), tilt = grid(rng, 10, 25, 5);
  const double corner = grid(rng, 3, 10, 1);
  const auto NP = w.param("pegs", pegs), P = w.param("peg_pitch", pitch), H = w.param("height", height);
  const auto T = w.param("thickness", t), PD = w.param("peg_diameter", peg_d), PL = w.param("peg_length", peg_l);
  const auto TL = w.param("peg_tilt", tilt, "degrees up from horizontal"), R = w.param("corner_radius", corner);
  const auto L = w.param_expr("length", NP + " * " + P, "one peg pitch per peg");
  w.module("plate", "",
           {"hull() for (x = [" + R + ", " + L + " - " + R + "], z = [" + R + ", " + H + " - " + R + "])",
            "  translate([x, 0, z]) rotate([-90, 0, 0]) cylinder(h = " + T + ", r = " + R + ", $fn = 32);"},
           "the back plate, rounded corners");
  w.module("pegs", "",
           {"for (i = [0 : " + NP + " - 1]) translate([" + P + " * (i + 0.5), " + T + " - 1, " + H + " * 0.4])",
            "  rotate([-90 + " + TL + ", 0, 0]) {", "    cylinder(h = " + PL + " + 1, " + w.round_size(PD) + ", $fn = 24);",
            "    translate([0, 0, " + PL + " + 1]) cylinder(h = 3, d1 = " + PD + ", d2 = " + PD + " * 1.4, $fn = 24);  // a flared end keeps the keys on",
            "  }"},
           "pegs along the plate");
  w.assembly("key_holder",
             {"difference() {", "  union() { plate(); pegs(); }", "  // mounting holes near the top corners",
              "  for (x = [" + P + " * 0.5, " + L + " - " + P + " * 0.5]) translate([x, -1, " + H + " * 0.8]) rotate([-90, 0, 0]) cylinder(h = " + T +
                  " + 2, d = 4.5, $fn = 24);",
              "}"});
  d.prompts.detail("with " + std::to_string(pegs) + " pegs");
  d.prompts.detail(Prompts::length(rng, pegs * pitch) + " long");
  if (pegs >= 5) d.prompts.adjective("long");
  if (pegs <= 3) d.prompts.adjective("small");
}

// comb: a flat spine with a row of teeth, fine or coarse, and sometimes a handle at one end.
void comb(base::Rng& rng, ObjectDraft& d) {
  auto& w = d.scad;
  const double length = grid(rng, 100, 180, 10), spine = grid(rng, 8, 14, 1), t = grid(rng, 2.5, 4, 0.5);
  const double tooth_l = grid(rng, 15, 30, 1), tooth_w = grid(rng, 1.2, 2, 0.2);
  const double gap = grid(rng, tooth_w * 0.8, tooth_w * 2.5, 0.2);
  const bool handle = chance(rng, 0.5);
  const double handle_l = handle ? grid(rng, 40, 70, 5) : 0;
  const auto LN = w.param("length", length, "toothed length"), SP = w.param("spine", spine, "depth of the solid back");
  const auto T = w.param("thickness", t), TL = w.param("tooth_length", tooth_l), TW = w.param("tooth_width", tooth_w, "", 1);
  const auto G = w.param("tooth_gap", gap, "", 1);
  std::vector<std::string> profile = {"square([" + LN + ", " + SP + "]);",
                                      "for (x = [0 : " + TW + " + " + G + " : " + LN + " - " + TW + "]) translate([x, -" + TL + "]) square([" +
                                          TW + ", " + TL + " + 1]);"};
  if (handle) {
    const auto HL = w.param("handle_length", handle_l);
    profile.push_back("hull() { translate([" + LN + " - 1, 0]) square([1, " + SP + "]); translate([" + LN + " + " + HL + " - " + SP +
                      " / 2, " + SP + " / 2]) circle(d = " + SP + "); }");
  }
  w.module("outline", "", profile, "the comb seen from above: spine, teeth" + std::string(handle ? ", handle" : ""));
  w.assembly("comb", {"linear_extrude(height = " + T + ") outline();"});
  d.prompts.adjective(gap <= tooth_w * 1.2 ? "fine-toothed" : "wide-toothed");
  d.prompts.detail(Prompts::length(rng, length + handle_l) + " long");
  if (handle) d.prompts.detail("with a handle");
}

}  // namespace

void add_household_objects(std::vector<ObjectCategory>& out) {
  out.push_back({"coaster", "household", "Coaster: a round or square disc with a rim and grooves", {"coaster", "drink coaster", "cup coaster"}, coaster});
  out.push_back({"hook", "household", "Wall hook: a screw-on back plate with an upturned arm", {"wall hook", "hook", "coat hook"}, hook});
  out.push_back({"phone_stand", "household", "Phone stand: a base, a back rest at an angle, a lip and an optional cable slot", {"phone stand", "phone holder", "stand for a phone"}, phone_stand});
  out.push_back({"shelf_bracket", "household", "Shelf bracket: an L with a strut or web and screw holes", {"shelf bracket", "bracket for a shelf", "wall bracket"}, shelf_bracket});
  out.push_back({"key_holder", "household", "Key holder: a wall plate with angled pegs", {"key holder", "key rack", "key hanger"}, key_holder});
  out.push_back({"comb", "household", "Comb: a spine with fine or wide teeth, optionally a handle", {"comb", "hair comb"}, comb});
}

}  // namespace cadscribe::synth
