// synth/sample.h — one dataset sample: what the writer stores per key (DESIGN.md §6) and the
// outcome of one generation attempt (write a program → execute → validate → render).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cadscribe::synth {

// The files of one WebDataset sample, keyed `key`: {key}.py (or {key}.scad), {key}.0.png … {key}.7.png,
// {key}.json and, when asked for, {key}.step / {key}.stl. Empty optional members are not written.
struct SampleFiles {
  std::string key;
  std::string program;                 // {key}.{program_extension}
  std::string program_extension = "py";  // "py" (CadQuery) or "scad" (OpenSCAD)
  std::vector<std::string> views_png;  // {key}.{i}.png, i = 0..7 in the rig's order
  std::string meta_json;               // {key}.json (one line, fields in a fixed order)
  std::string step;                    // {key}.step, optional
  std::string stl;                     // {key}.stl, optional
};

// Outcome of one attempt. Attempts are numbered per shard; attempt a of shard j depends only on
// (dataset seed, j, a), so any machine computes the same attempt identically.
struct Attempt {
  bool ok = false;
  std::string failure_code;       // Diag code (or "validity.<reason>") when !ok
  std::string family;             // always set (for per-family failure tallies)
  SampleFiles sample;             // when ok; `key` is left empty: the shard builder names it
  uint64_t fingerprint = 0;       // geometric fingerprint for dedupe (equal ⇒ near-identical part)
  std::vector<float> descriptor;  // geometric descriptor for curation (fixed length)
};

}  // namespace cadscribe::synth
