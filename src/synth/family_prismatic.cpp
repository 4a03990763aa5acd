// Placeholder: the prismatic families are being written.
#include "synth/family.h"

namespace cadscribe::synth {

void add_prismatic_families(std::vector<Family>& out) { (void)out; }

}  // namespace cadscribe::synth
