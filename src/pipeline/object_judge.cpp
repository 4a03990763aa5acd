#include "pipeline/object_judge.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <nlohmann/json.hpp>

#include "metrics/voxelize.h"
#include "synth/object.h"
#include "synth/object_attempt.h"
#include "synth/object_check.h"

namespace cadscribe::pipeline {
namespace {

constexpr const char* kFormat = "cadscribe-object-judge/2";

base::Diag bad(const std::string& source, const std::string& what) {
  return base::make_diag("io.bad_judge", source + ": " + what, {source});
}

size_t words_of(int resolution) { return size_t(resolution) * size_t(resolution) * size_t((resolution + 63) / 64); }

double iou(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  int64_t inter = 0, uni = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    inter += std::popcount(a[i] & b[i]);
    uni += std::popcount(a[i] | b[i]);
  }
  return uni ? double(inter) / double(uni) : 0.0;
}

// The grid grown by one voxel in every direction (a 3×3×3 box, separably: x within each row's
// words, then rows along y, then along z), so that two thin walls a voxel apart still overlap.
std::vector<uint64_t> dilated(const metrics::VoxelGrid& g) {
  const int n = g.n(), wpr = g.words_per_row();
  std::vector<uint64_t> x(g.words().size()), y(x.size()), z(x.size());
  auto at = [&](int row_y, int row_z) { return g.row_offset(row_y, row_z); };
  for (int rz = 0; rz < n; ++rz)
    for (int ry = 0; ry < n; ++ry) {
      const uint64_t* row = g.row(ry, rz);
      uint64_t* out = x.data() + at(ry, rz);
      for (int w = 0; w < wpr; ++w) {
        const uint64_t carry_in = w > 0 ? row[w - 1] >> 63 : 0, carry_out = w + 1 < wpr ? row[w + 1] << 63 : 0;
        out[w] = row[w] | (row[w] << 1) | carry_in | (row[w] >> 1) | carry_out;
      }
      if (n % 64) out[wpr - 1] &= (uint64_t{1} << (n % 64)) - 1;  // nothing beyond the grid's edge
    }
  for (int rz = 0; rz < n; ++rz)
    for (int ry = 0; ry < n; ++ry)
      for (int w = 0; w < wpr; ++w) {
        uint64_t v = x[at(ry, rz) + size_t(w)];
        if (ry > 0) v |= x[at(ry - 1, rz) + size_t(w)];
        if (ry + 1 < n) v |= x[at(ry + 1, rz) + size_t(w)];
        y[at(ry, rz) + size_t(w)] = v;
      }
  for (int rz = 0; rz < n; ++rz)
    for (int ry = 0; ry < n; ++ry)
      for (int w = 0; w < wpr; ++w) {
        uint64_t v = y[at(ry, rz) + size_t(w)];
        if (rz > 0) v |= y[at(ry, rz - 1) + size_t(w)];
        if (rz + 1 < n) v |= y[at(ry, rz + 1) + size_t(w)];
        z[at(ry, rz) + size_t(w)] = v;
      }
  return z;
}

// The mesh stretched per axis to fill the unit cube (a hair inside it), and its extents: thin
// and flat objects (a comb, a wrench) fill the grid too, instead of falling between voxel
// centres; their proportions are compared apart (aspect_similarity).
struct Shape {
  std::vector<uint64_t> grid;
  std::array<float, 3> extents{};
};

Shape shape_of(const mesh::Mesh& m, int resolution) {
  Shape s;
  if (m.triangles.empty()) return s;
  const mesh::Box box = m.bounds();
  const auto size = box.size();
  const double e[3] = {size.x, size.y, size.z};
  const double lo[3] = {box.min.x, box.min.y, box.min.z};
  if (!(std::max({e[0], e[1], e[2]}) > 0)) return s;
  mesh::Mesh stretched = m;
  for (auto& p : stretched.positions)
    for (int k = 0; k < 3; ++k)
      p[k] = e[k] > 0 ? float(((p[k] - lo[k]) / e[k] - 0.5) * 0.999) : 0.0f;
  const metrics::VoxelGrid grid = metrics::voxelize(stretched, resolution);
  if (grid.count() == 0) return s;
  s.grid = dilated(grid);
  const double longest = std::max({e[0], e[1], e[2]});
  for (int k = 0; k < 3; ++k) s.extents[size_t(k)] = float(e[k] / longest);
  return s;
}

// 1 for equal proportions, falling with the ratio of each axis's relative extent.
double aspect_similarity(const std::array<float, 3>& a, const std::array<float, 3>& b) {
  double s = 1;
  for (int k = 0; k < 3; ++k) {
    const double x = std::max(a[size_t(k)], 1e-3f), y = std::max(b[size_t(k)], 1e-3f);
    s *= std::min(x, y) / std::max(x, y);
  }
  return s;
}

}  // namespace

base::Result<ObjectJudge> ObjectJudge::build(const BuildOptions& o) {
  ObjectJudge j;
  j.resolution_ = o.resolution;
  j.first_seed_ = o.first_seed;
  j.generator_version_ = synth::kObjectGeneratorVersion;
  std::vector<const synth::ObjectCategory*> chosen;
  for (const auto& name : o.categories) {
    const synth::ObjectCategory* c = synth::find_object_category(name);
    if (!c) return base::make_diag("judge.unknown_category", "no object category named '" + name + "'");
    chosen.push_back(c);
  }
  if (chosen.empty())
    for (const auto& c : synth::object_categories()) chosen.push_back(&c);
  const int total = int(chosen.size()) * o.instances;
  for (size_t c = 0; c < chosen.size(); ++c) {
    j.categories_.emplace_back(chosen[c]->name);
    for (int k = 0; k < o.instances; ++k) {
      const uint64_t seed = o.first_seed + uint64_t(k);
      const synth::ObjectRun run = synth::run_object(synth::make_object(*chosen[c], seed, 1));
      if (!run.printable())
        return base::make_diag("judge.library_failed",
                               std::string(chosen[c]->name) + " seed " + std::to_string(seed) + ": " + run.failure);
      j.category_of_.push_back(int32_t(c));
      Shape shape = shape_of(*run.execution.mesh, o.resolution);
      if (shape.grid.empty())
        return base::make_diag("judge.library_failed", std::string(chosen[c]->name) + " seed " + std::to_string(seed) +
                                                           ": nothing to voxelise");
      j.grids_.push_back(std::move(shape.grid));
      j.extents_.push_back(shape.extents);
      if (o.progress) o.progress(int(j.grids_.size()), total);
    }
  }
  return j;
}

nn::Safetensors ObjectJudge::to_safetensors() const {
  nn::Safetensors st;
  nn::TensorData grids{nn::DType::kU8, {int64_t(grids_.size()), int64_t(words_of(resolution_) * 8)}, {}};
  for (const auto& g : grids_) grids.bytes.append(reinterpret_cast<const char*>(g.data()), g.size() * 8);  // x86/ARM: little-endian
  nn::TensorData category{nn::DType::kI32, {int64_t(category_of_.size())}, {}};
  category.bytes.append(reinterpret_cast<const char*>(category_of_.data()), category_of_.size() * 4);
  nn::TensorData extents{nn::DType::kF32, {int64_t(extents_.size()), 3}, {}};
  extents.bytes.append(reinterpret_cast<const char*>(extents_.data()), extents_.size() * 12);
  st.tensors["grids"] = std::move(grids);
  st.tensors["extents"] = std::move(extents);
  st.tensors["category"] = std::move(category);
  st.metadata["format"] = kFormat;
  st.metadata["resolution"] = std::to_string(resolution_);
  st.metadata["first_seed"] = std::to_string(first_seed_);
  st.metadata["generator_version"] = generator_version_;
  st.metadata["categories"] = nlohmann::json(categories_).dump();
  return st;
}

base::Result<ObjectJudge> ObjectJudge::from_safetensors(const nn::Safetensors& st, const std::string& source) {
  auto meta = [&](const char* key) -> std::string {
    auto it = st.metadata.find(key);
    return it == st.metadata.end() ? "" : it->second;
  };
  if (meta("format") != kFormat) return bad(source, "not an object judge (format '" + meta("format") + "')");
  ObjectJudge j;
  j.generator_version_ = meta("generator_version");
  try {
    j.resolution_ = std::stoi(meta("resolution"));
    j.first_seed_ = std::stoull(meta("first_seed"));
    j.categories_ = nlohmann::json::parse(meta("categories")).get<std::vector<std::string>>();
  } catch (const std::exception& e) {
    return bad(source, std::string("bad metadata: ") + e.what());
  }
  if (j.resolution_ < 4 || j.resolution_ > 128) return bad(source, "resolution out of 4..128");
  auto grids = st.tensors.find("grids"), category = st.tensors.find("category"), extents = st.tensors.find("extents");
  if (grids == st.tensors.end() || category == st.tensors.end() || extents == st.tensors.end())
    return bad(source, "needs tensors 'grids', 'category' and 'extents'");
  const size_t words = words_of(j.resolution_);
  const auto& g = grids->second;
  const auto& c = category->second;
  if (g.dtype != nn::DType::kU8 || g.shape.size() != 2 || g.shape[1] != int64_t(words * 8))
    return bad(source, "'grids' must be U8 [instances, " + std::to_string(words * 8) + "]");
  if (c.dtype != nn::DType::kI32 || c.shape.size() != 1 || c.shape[0] != g.shape[0])
    return bad(source, "'category' must be I32 [instances]");
  const auto& x = extents->second;
  if (x.dtype != nn::DType::kF32 || x.shape != std::vector<int64_t>{g.shape[0], 3})
    return bad(source, "'extents' must be F32 [instances, 3]");
  const size_t n = size_t(g.shape[0]);
  j.category_of_.resize(n);
  std::memcpy(j.category_of_.data(), c.bytes.data(), n * 4);
  for (int32_t k : j.category_of_)
    if (k < 0 || size_t(k) >= j.categories_.size()) return bad(source, "a category index is out of range");
  j.extents_.resize(n);
  std::memcpy(j.extents_.data(), x.bytes.data(), n * 12);
  j.grids_.assign(n, std::vector<uint64_t>(words));
  for (size_t i = 0; i < n; ++i) std::memcpy(j.grids_[i].data(), g.bytes.data() + i * words * 8, words * 8);
  return j;
}

base::Result<ObjectJudge> ObjectJudge::read(const std::string& path) {
  TRY(nn::Safetensors st, nn::read_safetensors(path));
  return from_safetensors(st, path);
}

double JudgeVerdict::iou_with(const std::vector<std::string>& categories, const std::string& category) const {
  for (size_t c = 0; c < categories.size() && c < by_category.size(); ++c)
    if (categories[c] == category) return by_category[c];
  return 0;
}

JudgeVerdict ObjectJudge::judge(const mesh::Mesh& mesh) const {
  JudgeVerdict v;
  const Shape query = shape_of(mesh, resolution_);
  if (query.grid.empty()) return v;
  std::vector<double> best(categories_.size(), -1.0);
  for (size_t i = 0; i < grids_.size(); ++i) {
    double& b = best[size_t(category_of_[i])];
    b = std::max(b, iou(query.grid, grids_[i]) * aspect_similarity(query.extents, extents_[i]));
  }
  for (size_t c = 0; c < best.size(); ++c) {
    if (best[c] > v.iou || v.category.empty()) {
      v.runner_up = v.category;
      v.runner_up_iou = v.iou;
      v.category = categories_[c];
      v.iou = best[c];
    } else if (best[c] > v.runner_up_iou || v.runner_up.empty()) {
      v.runner_up = categories_[c];
      v.runner_up_iou = best[c];
    }
  }
  v.by_category = std::move(best);
  return v;
}

}  // namespace cadscribe::pipeline
