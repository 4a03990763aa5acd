#include "pipeline/program_library.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>

#include "base/check.h"
#include "base/deflate.h"
#include "nn/safetensors.h"

namespace cadscribe::pipeline {

namespace fs = std::filesystem;

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

std::vector<uint8_t> shade_levels(const std::vector<render::Image>& on_white, int grid) {
  std::vector<uint8_t> out;
  out.reserve(on_white.size() * size_t(grid) * size_t(grid));
  for (const render::Image& im : on_white) {
    CHECK(im.width == im.height && im.width % grid == 0);
    const int f = im.width / grid;
    for (int gy = 0; gy < grid; ++gy)
      for (int gx = 0; gx < grid; ++gx) {
        double sum = 0;
        for (int y = gy * f; y < (gy + 1) * f; ++y)
          for (int x = gx * f; x < (gx + 1) * f; ++x) sum += gray_at(im, size_t(y) * size_t(im.width) + size_t(x));
        out.push_back(uint8_t(std::lround(sum / double(f * f) * 15.0 / 255.0)));
      }
  }
  return out;
}

ViewsDescriptor describe(const ProgramLibrary& lib, const std::vector<render::Image>& on_white,
                         const std::vector<Mask>& masks) {
  ViewsDescriptor d;
  d.bits = silhouette_bits(masks, lib.grid);
  if (lib.shade_grid > 0) d.shade = shade_levels(on_white, lib.shade_grid);
  return d;
}

base::Result<ProgramLibrary> build_library(const DatasetIndex& index, int views, int grid, int shade_grid,
                                           const std::vector<bool>& skip,
                                           const std::function<void(int64_t, int64_t)>& progress) {
  ProgramLibrary lib;
  lib.grid = grid;
  lib.views = views;
  lib.shade_grid = shade_grid;
  // Sample keys repeat across datasets (each run numbers its shards from 0): from more than one
  // dataset, a key is qualified by its dataset's folder ("train6k/000003_00294").
  std::vector<std::string> dataset;  // per shard: DATASET of DATASET/SPLIT/shard-*.tar
  for (const auto& shard : index.shards) dataset.push_back(fs::path(shard).parent_path().parent_path().filename().string());
  const bool qualify = std::set<std::string>(dataset.begin(), dataset.end()).size() > 1;
  for (size_t i = 0; i < index.samples.size(); ++i) {
    if (i < skip.size() && skip[i]) continue;
    const SampleRef& ref = index.samples[i];
    TRY(std::vector<render::Image> images, load_view_images(index, ref, views));
    std::vector<Mask> masks;
    std::vector<render::Image> white;
    for (const auto& im : images) {
      for (int g : {grid, std::max(shade_grid, 1)})
        if (im.width != im.height || im.width % g != 0)
          return base::make_diag("data.bad_views", ref.key + ": views of " + std::to_string(im.width) +
                                                       " pixels do not divide into a " + std::to_string(g) + " grid");
      masks.push_back(foreground(im));
      white.push_back(on_white(im, masks.back()));
    }
    const ViewsDescriptor d = describe(lib, white, masks);
    lib.bits.insert(lib.bits.end(), d.bits.begin(), d.bits.end());
    lib.shade.insert(lib.shade.end(), d.shade.begin(), d.shade.end());
    lib.programs.push_back(ref.program);
    lib.keys.push_back(qualify ? dataset[ref.shard] + "/" + ref.key : ref.key);
    lib.families.push_back(ref.family);
    lib.fingerprints.push_back(ref.fingerprint);
    if (progress) progress(int64_t(i + 1), int64_t(index.samples.size()));
  }
  return lib;
}

namespace {

nn::TensorData bytes_tensor(const std::string& bytes) {
  nn::TensorData t;
  t.dtype = nn::DType::kU8;
  t.shape = {int64_t(bytes.size())};
  t.bytes = bytes;
  return t;
}

// The records' inflated size is not stored; this bounds what a hostile file can make us allocate.
constexpr size_t kMaxRecordBytes = size_t(1) << 30;

}  // namespace

base::Status write_library(const ProgramLibrary& lib, const std::string& path) {
  nn::Safetensors st;
  const std::string bits(lib.bits.begin(), lib.bits.end());
  const nlohmann::json records = {
      {"programs", lib.programs}, {"keys", lib.keys}, {"families", lib.families}, {"fingerprints", lib.fingerprints}};
  st.tensors["bits.deflate"] = bytes_tensor(base::deflate_bytes(bits));
  st.tensors["records.deflate"] = bytes_tensor(base::deflate_bytes(records.dump()));
  if (lib.shade_grid > 0) {
    st.tensors["shade.deflate"] = bytes_tensor(base::deflate_bytes(std::string(lib.shade.begin(), lib.shade.end())));
    st.metadata["shade_grid"] = std::to_string(lib.shade_grid);
  }
  st.metadata["format"] = "cadscribe-program-library";
  st.metadata["format_version"] = "2";
  st.metadata["grid"] = std::to_string(lib.grid);
  st.metadata["views"] = std::to_string(lib.views);
  st.metadata["count"] = std::to_string(lib.programs.size());
  return nn::write_safetensors(st, path);
}

base::Result<ProgramLibrary> read_library(const std::string& path) {
  TRY(nn::Safetensors st, nn::read_safetensors(path));
  auto bad = [&](const std::string& what) { return base::make_diag("io.bad_library", path + ": " + what, {path}); };
  if (st.metadata["format"] != "cadscribe-program-library") return bad("not a program library");
  if (st.metadata["format_version"] != "2")
    return bad("format version '" + st.metadata["format_version"] + "' (this build reads 2; rebuild the library)");
  auto blob = [&](const std::string& name) -> const std::string* {
    auto it = st.tensors.find(name);
    return it == st.tensors.end() || it->second.dtype != nn::DType::kU8 ? nullptr : &it->second.bytes;
  };
  const std::string* packed_bits = blob("bits.deflate");
  const std::string* packed_records = blob("records.deflate");
  if (!packed_bits || !packed_records) return bad("no U8 tensors 'bits.deflate' and 'records.deflate'");
  ProgramLibrary lib;
  size_t count = 0;
  try {
    lib.grid = std::stoi(st.metadata.at("grid"));
    lib.views = std::stoi(st.metadata.at("views"));
    count = size_t(std::stoll(st.metadata.at("count")));
    if (st.metadata.count("shade_grid")) lib.shade_grid = std::stoi(st.metadata.at("shade_grid"));
  } catch (const std::exception& e) {
    return bad(std::string("malformed metadata (") + e.what() + ")");
  }
  if (lib.grid < 8 || lib.grid > 256 || lib.grid % 8 != 0 || lib.views < 1 || lib.views > 64) return bad("bad grid or views");
  if (lib.shade_grid < 0 || lib.shade_grid > 256) return bad("bad shade_grid");
  if (count > (size_t(1) << 24)) return bad("implausible count " + std::to_string(count));
  if (lib.shade_grid > 0) {
    const std::string* packed_shade = blob("shade.deflate");
    if (!packed_shade) return bad("shade_grid is set but there is no U8 tensor 'shade.deflate'");
    auto shade = base::inflate_bytes(*packed_shade, count * lib.shade_per_sample(), base::DeflateFormat::kZlib, true);
    if (!shade) return bad("'shade.deflate' does not inflate to count × " + std::to_string(lib.shade_per_sample()) + " bytes");
    if (std::any_of(shade->begin(), shade->end(), [](char c) { return uint8_t(c) > 15; }))
      return bad("'shade.deflate' holds levels above 15");
    lib.shade.assign(shade->begin(), shade->end());
  }
  auto bits = base::inflate_bytes(*packed_bits, count * lib.bytes_per_sample(), base::DeflateFormat::kZlib, /*exact=*/true);
  if (!bits) return bad("'bits.deflate' does not inflate to count × " + std::to_string(lib.bytes_per_sample()) + " bytes");
  auto records = base::inflate_bytes(*packed_records, kMaxRecordBytes);
  if (!records) return bad("'records.deflate' does not inflate");
  try {
    const auto j = nlohmann::json::parse(*records);
    lib.programs = j.at("programs").get<std::vector<std::string>>();
    lib.keys = j.at("keys").get<std::vector<std::string>>();
    lib.families = j.at("families").get<std::vector<std::string>>();
    lib.fingerprints = j.at("fingerprints").get<std::vector<std::string>>();
  } catch (const std::exception& e) {
    return bad(std::string("malformed records (") + e.what() + ")");
  }
  if (lib.programs.size() != count || lib.keys.size() != count || lib.families.size() != count ||
      lib.fingerprints.size() != count)
    return bad("the programs, keys, families, fingerprints and bits disagree in count");
  lib.bits.assign(bits->begin(), bits->end());
  return lib;
}

ParamRanges parameter_ranges(const ProgramLibrary& lib, std::string_view family, double slack) {
  ParamRanges out;
  for (size_t s = 0; s < lib.programs.size(); ++s) {
    if (lib.families[s] != family) continue;
    for (const NumericParam& p : numeric_parameters(lib.programs[s])) {
      if (p.name.empty()) continue;
      auto [it, fresh] = out.try_emplace(p.name, ParamRange{p.value, p.value});
      if (!fresh) it->second = {std::min(it->second.lo, p.value), std::max(it->second.hi, p.value)};
    }
  }
  for (auto& [name, r] : out) r = {r.lo - (slack - 1) * std::abs(r.lo), r.hi + (slack - 1) * std::abs(r.hi)};
  return out;
}

std::vector<size_t> nearest(const ProgramLibrary& lib, const ViewsDescriptor& query, size_t k) {
  const size_t bytes = lib.bytes_per_sample(), per_view = bytes / size_t(lib.views);
  const size_t cells = lib.shade_per_sample(), cells_per_view = cells / size_t(lib.views);
  const bool shaded = lib.shade_grid > 0;
  CHECK(query.bits.size() == bytes && (!shaded || query.shade.size() == cells));
  const uint8_t* q = query.bits.data();
  const uint8_t* qs = query.shade.data();
  std::vector<double> score(lib.programs.size(), 0);
  for (size_t s = 0; s < lib.programs.size(); ++s) {
    const uint8_t* b = &lib.bits[s * bytes];
    const uint8_t* bs = shaded ? &lib.shade[s * cells] : nullptr;
    for (size_t v = 0; v < size_t(lib.views); ++v) {
      int inter = 0, uni = 0;
      for (size_t i = v * per_view; i < (v + 1) * per_view; ++i) {
        inter += std::popcount(unsigned(b[i] & q[i]));
        uni += std::popcount(unsigned(b[i] | q[i]));
      }
      const double iou = uni ? double(inter) / uni : 1.0;
      if (!shaded) {
        score[s] += iou;
        continue;
      }
      int diff = 0, seen = 0;  // over the cells not white in both
      for (size_t i = v * cells_per_view; i < (v + 1) * cells_per_view; ++i) {
        if ((bs[i] & qs[i]) == 15) continue;
        diff += std::abs(int(bs[i]) - int(qs[i]));
        ++seen;
      }
      const double appearance = seen ? 1.0 - double(diff) / (15.0 * seen) : 1.0;
      score[s] += kSilhouetteWeight * iou + kAppearanceWeight * appearance;
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
