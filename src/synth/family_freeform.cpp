// synth/family_freeform.cpp — registers the freeform families (shelled, swept, lofted, revolved
// and composite parts). The generators live in family_freeform_*.cpp; the order below is part of
// the generator version (append new families at the end).
#include "synth/family.h"
#include "synth/family_freeform_util.h"

namespace cadscribe::synth {

void add_freeform_families(std::vector<Family>& out) {
  using namespace freeform;
  out.push_back({"enclosure", "Electronics enclosure: a box shelled from the top with rounded corners, screw bosses or floor holes and a cable entry",
                 gen_enclosure});
  out.push_back({"enclosure_lid", "Enclosure lid: a plate with a locating lip underneath and countersunk or counterbored corner screws",
                 gen_enclosure_lid});
  out.push_back({"tray", "Shallow storage tray: a rounded box shelled from the top with divider ribs and an optional finger notch",
                 gen_tray});
  out.push_back({"pipe_bend", "Pipe bend: an annular section swept along a line-arc-line path, with optional bolted flanges",
                 gen_pipe_bend});
  out.push_back({"handle", "Cabinet handle: a round or square bar swept along a U or arch path onto two tapped mounting posts",
                 gen_handle});
  out.push_back({"loft_transition", "Duct transition: a lofted rectangle-to-circle (or rectangle) duct hollowed by an inner loft, with bolted flanges",
                 gen_loft_transition});
  out.push_back({"funnel", "Funnel: a thin-walled cone with spout and collar revolved from a closed outline, optional hanging tab",
                 gen_funnel});
  out.push_back({"nozzle", "Nozzle: a revolved hollow body (inlet spigot, hex or round collar, tapered tip) with a through bore",
                 gen_nozzle});
  out.push_back({"bracket_gusset", "Angle bracket: an L profile extruded, stiffened by triangular gussets, with slots and holes in both legs",
                 gen_bracket_gusset});
  out.push_back({"clip_ring", "Retaining ring or split clamp collar: an open ring with lugs and holes",
                 gen_clip_ring});
  out.push_back({"feature_composite", "Composite part: a sketched base extruded or revolved, then random pockets, bosses, holes, patterns and edge breaks",
                 gen_feature_composite});
}

}  // namespace cadscribe::synth
