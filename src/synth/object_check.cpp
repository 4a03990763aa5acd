#include "synth/object_check.h"

namespace cadscribe::synth {

std::string printability_failure(const cad::ScadExecution& e) {
  if (const base::Diag* d = e.first_error()) return d->code;
  if (e.facts.dimension != 3 || !e.mesh) return "printability.not_3d";
  if (!e.facts.closed_manifold) return "printability.open_mesh";
  if (e.facts.components != 1) return "printability.components";
  if (!(e.facts.volume > 0)) return "printability.no_volume";
  return "";
}

ObjectRun run_object(const ObjectSample& sample, const cad::ScadOptions& options) {
  ObjectRun r;
  cad::ScadOptions o = options;
  o.allow_files = false;  // generated objects are self-contained
  r.execution = cad::execute_scad(sample.program, sample.category + ".scad", o);
  r.failure = printability_failure(r.execution);
  return r;
}

}  // namespace cadscribe::synth
