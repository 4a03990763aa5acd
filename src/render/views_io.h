// render/views_io.h — writing a rig's renders to a folder with the dataset naming of
// DESIGN.md §6: `{stem}.{i}.png` (RGB, i = view index) and, when present, `{stem}.{i}.depth.png`
// (16-bit gray), `{stem}.{i}.normal.png` (RGB) and `{stem}.{i}.mask.png` (gray).
// The folder is created when missing. Errors: io.create_dir_failed, io.open_failed,
// io.write_failed. Depends on render/png.h and the standard library.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "render/render.h"

namespace cadscribe::render {

[[nodiscard]] base::Status save_views(const std::vector<ViewImages>& views, const std::string& dir,
                                      const std::string& stem);

}  // namespace cadscribe::render
