// pipeline/made_sheet.h — a contact sheet of made objects, each with the prompt that asked for it
// (the README's sheet of `cadscribe bench --make --sheet N`): view 0 of the rig above its prompt,
// word-wrapped in the built-in font (render/font.h draws lower case as upper case). An entry
// without a mesh (nothing printable was made) is a blank tile that says so, so a sheet of the
// first N prompts is never silently cherry-picked. Deterministic: same entries ⇒ same image.
// Depends on render (render, rig, sheet, font) and mesh.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mesh/mesh.h"
#include "render/image.h"

namespace cadscribe::pipeline {

struct MadeSheetEntry {
  std::string prompt;
  std::optional<mesh::Mesh> mesh;  // the kept candidate's; none when nothing printable was made
};

// Word-wraps `text` into lines of at most `width` characters (a longer word is cut), at most
// `max_lines` of them, the last ending in ".." when text was left over.
[[nodiscard]] std::vector<std::string> wrap_caption(const std::string& text, int width, int max_lines);

[[nodiscard]] render::Image made_sheet(const std::vector<MadeSheetEntry>& entries, int columns = 4);

}  // namespace cadscribe::pipeline
