#include "pipeline/program_library.h"

#include <algorithm>
#include <bit>
#include <nlohmann/json.hpp>
#include <numeric>

#include "base/check.h"
#include "nn/safetensors.h"

namespace cadscribe::pipeline {

std::vector<uint8_t> silhouette_bits(const std::vector<Mask>& masks, int grid) {
  std::vector<uint8_t> out(masks.size() * size_t(grid) * size_t(grid) / 8, 0);
  size_t bit = 0;
  for (const Mask& m : masks) {
    CHECK(m.width == m.height && m.width % grid == 0);
    const int f = m.width / grid;
    for (int gy = 0; gy < grid; ++gy)
      for (int gx = 0; gx < grid; ++gx, ++bit) {
        int on = 0;
        for (int y = gy * f; y < (gy + 1) * f; ++y)
          for (int x = gx * f; x < (gx + 1) * f; ++x) on += m.on[size_t(y) * size_t(m.width) + size_t(x)];
        if (2 * on >= f * f) out[bit / 8] |= uint8_t(1u << (bit % 8));
      }
  }
  return out;
}

base::Result<ProgramLibrary> build_library(const DatasetIndex& index, int views, int grid, const std::vector<bool>& skip,
                                           const std::function<void(int64_t, int64_t)>& progress) {
  ProgramLibrary lib;
  lib.grid = grid;
  lib.views = views;
  for (size_t i = 0; i < index.samples.size(); ++i) {
    if (i < skip.size() && skip[i]) continue;
    const SampleRef& ref = index.samples[i];
    TRY(std::vector<render::Image> images, load_view_images(index, ref, views));
    std::vector<Mask> masks;
    for (const auto& im : images) {
      if (im.width != im.height || im.width % grid != 0)
        return base::make_diag("data.bad_views", ref.key + ": views of " + std::to_string(im.width) +
                                                     " pixels do not divide into a " + std::to_string(grid) + " grid");
      masks.push_back(foreground(im));
    }
    const auto bits = silhouette_bits(masks, grid);
    lib.bits.insert(lib.bits.end(), bits.begin(), bits.end());
    lib.programs.push_back(ref.program);
    lib.keys.push_back(ref.key);
    lib.families.push_back(ref.family);
    if (progress) progress(int64_t(i + 1), int64_t(index.samples.size()));
  }
  return lib;
}

base::Status write_library(const ProgramLibrary& lib, const std::string& path) {
  nn::Safetensors st;
  nn::TensorData bits;
  bits.dtype = nn::DType::kU8;
  bits.shape = {int64_t(lib.programs.size()), int64_t(lib.bytes_per_sample())};
  bits.bytes.assign(lib.bits.begin(), lib.bits.end());
  st.tensors["bits"] = std::move(bits);
  st.metadata["format"] = "cadscribe-program-library";
  st.metadata["grid"] = std::to_string(lib.grid);
  st.metadata["views"] = std::to_string(lib.views);
  st.metadata["programs"] = nlohmann::json(lib.programs).dump();
  st.metadata["keys"] = nlohmann::json(lib.keys).dump();
  st.metadata["families"] = nlohmann::json(lib.families).dump();
  return nn::write_safetensors(st, path);
}

base::Result<ProgramLibrary> read_library(const std::string& path) {
  TRY(nn::Safetensors st, nn::read_safetensors(path));
  auto bad = [&](const std::string& what) { return base::make_diag("io.bad_library", path + ": " + what, {path}); };
  if (st.metadata["format"] != "cadscribe-program-library") return bad("not a program library");
  ProgramLibrary lib;
  try {
    lib.grid = std::stoi(st.metadata.at("grid"));
    lib.views = std::stoi(st.metadata.at("views"));
    lib.programs = nlohmann::json::parse(st.metadata.at("programs")).get<std::vector<std::string>>();
    lib.keys = nlohmann::json::parse(st.metadata.at("keys")).get<std::vector<std::string>>();
    lib.families = nlohmann::json::parse(st.metadata.at("families")).get<std::vector<std::string>>();
  } catch (const std::exception& e) {
    return bad(std::string("malformed metadata (") + e.what() + ")");
  }
  if (lib.grid < 8 || lib.grid > 256 || lib.grid % 8 != 0 || lib.views < 1 || lib.views > 64) return bad("bad grid or views");
  auto it = st.tensors.find("bits");
  if (it == st.tensors.end() || it->second.dtype != nn::DType::kU8) return bad("no U8 tensor 'bits'");
  const size_t n = lib.programs.size();
  if (lib.keys.size() != n || lib.families.size() != n || it->second.bytes.size() != n * lib.bytes_per_sample())
    return bad("the programs, keys, families and bits disagree in count");
  lib.bits.assign(it->second.bytes.begin(), it->second.bytes.end());
  return lib;
}

std::vector<size_t> nearest(const ProgramLibrary& lib, const std::vector<uint8_t>& query, size_t k) {
  const size_t bytes = lib.bytes_per_sample(), per_view = bytes / size_t(lib.views);
  CHECK(query.size() == bytes);
  std::vector<double> score(lib.programs.size(), 0);
  for (size_t s = 0; s < lib.programs.size(); ++s) {
    const uint8_t* b = &lib.bits[s * bytes];
    for (size_t v = 0; v < size_t(lib.views); ++v) {
      int inter = 0, uni = 0;
      for (size_t i = v * per_view; i < (v + 1) * per_view; ++i) {
        inter += std::popcount(unsigned(b[i] & query[i]));
        uni += std::popcount(unsigned(b[i] | query[i]));
      }
      score[s] += uni ? double(inter) / uni : 1.0;
    }
  }
  std::vector<size_t> order(score.size());
  std::iota(order.begin(), order.end(), 0);
  k = std::min(k, order.size());
  std::partial_sort(order.begin(), order.begin() + int64_t(k), order.end(),
                    [&](size_t a, size_t b) { return score[a] > score[b] || (score[a] == score[b] && a < b); });
  order.resize(k);
  return order;
}

}  // namespace cadscribe::pipeline
