#include "render/views_io.h"

#include <filesystem>
#include <system_error>

#include "render/png.h"

namespace cadscribe::render {

base::Status save_views(const std::vector<ViewImages>& views, const std::string& dir,
                        const std::string& stem) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir))
    return base::make_diag("io.create_dir_failed",
                           "cannot create directory '" + dir + "': " + ec.message(), {dir});
  std::string base = (std::filesystem::path(dir) / stem).string();
  for (size_t i = 0; i < views.size(); ++i) {
    const ViewImages& v = views[i];
    std::string prefix = base + "." + std::to_string(i);
    if (!v.rgb.empty()) TRY_STATUS(write_png(v.rgb, prefix + ".png"));
    if (!v.depth.empty()) TRY_STATUS(write_png16(v.depth, prefix + ".depth.png"));
    if (!v.normals.empty()) TRY_STATUS(write_png(v.normals, prefix + ".normal.png"));
    if (!v.mask.empty()) TRY_STATUS(write_png(v.mask, prefix + ".mask.png"));
  }
  return base::ok_status();
}

}  // namespace cadscribe::render
