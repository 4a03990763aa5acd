#include "pipeline/training_data.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "render/png.h"
#include "synth/shard_reader.h"
#include "synth/tar.h"

namespace cadscribe::pipeline {

namespace fs = std::filesystem;

namespace {

base::Diag bad_sample(const std::string& shard, const std::string& key, const std::string& what) {
  return base::make_diag("data.bad_sample", shard + ": sample '" + key + "' " + what, {shard});
}

base::Result<std::vector<std::string>> shard_paths(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".tar") found.push_back(it->path().string());
      if (ec) return base::make_diag("io.read_failed", "cannot list '" + in + "': " + ec.message(), {in});
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(in, ec)) {
      out.push_back(in);
    } else {
      return base::make_diag("io.not_found", "no such shard or folder '" + in + "'", {in});
    }
  }
  if (out.empty()) return base::make_diag("data.no_shards", "no .tar shards in the given data");
  return out;
}

// Checks and records one sample whose members span [begin, end) of shard `s`.
base::Result<SampleRef> make_ref(const DatasetIndex& index, size_t s, const std::string& key,
                                 const std::map<std::string, std::string>& members, uint64_t begin, uint64_t end,
                                 int views) {
  const std::string& shard = index.shards[s];
  SampleRef ref;
  ref.key = key;
  ref.shard = s;
  ref.begin = begin;
  ref.end = end;
  auto program = members.find(key + ".py");
  if (program == members.end()) {
    program = members.find(key + ".scad");
    ref.openscad = program != members.end();
  }
  if (program == members.end()) return bad_sample(shard, key, "has no program (" + key + ".py or " + key + ".scad)");
  ref.program = program->second;
  for (int v = 0; v < views; ++v)
    if (!members.count(key + "." + std::to_string(v) + ".png"))
      return bad_sample(shard, key, "has no view " + key + "." + std::to_string(v) + ".png");
  if (auto js = members.find(key + ".json"); js != members.end()) {
    auto meta = nlohmann::json::parse(js->second, nullptr, /*allow_exceptions=*/false);
    if (meta.is_object() && meta.contains("family") && meta["family"].is_string()) ref.family = meta["family"];
    if (meta.is_object() && meta.contains("fingerprint") && meta["fingerprint"].is_string())
      ref.fingerprint = meta["fingerprint"];
    if (meta.is_object() && meta.contains("prompts") && meta["prompts"].is_array())
      for (const auto& p : meta["prompts"])
        if (p.is_string() && !p.get<std::string>().empty()) ref.prompts.push_back(p.get<std::string>());
  }
  return ref;
}

}  // namespace

base::Result<DatasetIndex> index_dataset(const std::vector<std::string>& inputs, int views) {
  DatasetIndex index;
  TRY(index.shards, shard_paths(inputs));
  for (size_t s = 0; s < index.shards.size(); ++s) {
    TRY(synth::TarReader reader, synth::TarReader::open(index.shards[s]));
    // Members are grouped by key as the shard reader groups them; PNG bytes are not kept.
    std::string key;
    std::map<std::string, std::string> members;
    uint64_t begin = 0;
    auto flush = [&](uint64_t end) -> base::Status {
      if (key.empty()) return base::ok_status();
      TRY(SampleRef ref, make_ref(index, s, key, members, begin, end, views));
      index.samples.push_back(std::move(ref));
      return base::ok_status();
    };
    while (true) {
      const uint64_t at = reader.offset();
      TRY(std::optional<synth::TarMember> m, reader.next());
      if (!m || synth::member_key(m->name) != key) {
        TRY_STATUS(flush(at));
        if (!m) break;
        key = synth::member_key(m->name);
        members.clear();
        begin = at;
      }
      const bool keep = m->name.ends_with(".py") || m->name.ends_with(".scad") || m->name.ends_with(".json");
      members[m->name] = keep ? std::move(m->data) : std::string();
    }
  }
  return index;
}

base::Result<std::vector<float>> views_input(const std::vector<render::Image>& images, int image_size,
                                             const std::vector<std::string>& names) {
  auto bad = [&](size_t i, const std::string& what) {
    const std::string name = i < names.size() ? names[i] : "view " + std::to_string(i);
    return base::make_diag("data.bad_views", name + ": " + what, {name});
  };
  std::vector<float> out;
  out.reserve(images.size() * size_t(image_size) * size_t(image_size));
  for (size_t i = 0; i < images.size(); ++i) {
    const render::Image& im = images[i];
    if (im.width != images[0].width || im.height != images[0].height)
      return bad(i, std::to_string(im.width) + "×" + std::to_string(im.height) + " differs from the first view's " +
                        std::to_string(images[0].width) + "×" + std::to_string(images[0].height));
    if (im.width != im.height || im.width < image_size || im.width % image_size != 0)
      return bad(i, "is " + std::to_string(im.width) + "×" + std::to_string(im.height) +
                        "; views must be square and a multiple of " + std::to_string(image_size) + " pixels");
    const int f = im.width / image_size;
    for (int y = 0; y < image_size; ++y)
      for (int x = 0; x < image_size; ++x) {
        double sum = 0;
        for (int dy = 0; dy < f; ++dy)
          for (int dx = 0; dx < f; ++dx) {
            const uint8_t* p = im.at(x * f + dx, y * f + dy);
            sum += im.channels >= 3 ? 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2] : double(p[0]);
          }
        out.push_back(float(1.0 - sum / (255.0 * f * f)));
      }
  }
  return out;
}

base::Result<std::vector<render::Image>> load_view_images(const DatasetIndex& index, const SampleRef& sample, int views) {
  const std::string& shard = index.shards[sample.shard];
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(shard.c_str(), "rb"), &std::fclose);
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + shard + "'", {shard});
  std::string bytes(sample.end - sample.begin, '\0');
  if (std::fseek(f.get(), long(sample.begin), SEEK_SET) != 0 || std::fread(bytes.data(), 1, bytes.size(), f.get()) != bytes.size())
    return base::make_diag("io.read_failed", "cannot read sample '" + sample.key + "' of '" + shard + "'", {shard});
  TRY(auto members, synth::parse_tar(bytes + synth::tar_end_bytes(), shard));
  std::vector<render::Image> images;
  for (int v = 0; v < views; ++v) {
    const std::string name = sample.key + "." + std::to_string(v) + ".png";
    auto it = std::find_if(members.begin(), members.end(), [&](const synth::TarMember& m) { return m.name == name; });
    if (it == members.end()) return bad_sample(shard, sample.key, "lost view " + name + " (the shard changed?)");
    TRY(render::Image im, render::decode_png(it->data, shard + ":" + name));
    images.push_back(std::move(im));
  }
  return images;
}

base::Result<std::vector<float>> load_views(const DatasetIndex& index, const SampleRef& sample, int views, int image_size) {
  TRY(std::vector<render::Image> images, load_view_images(index, sample, views));
  std::vector<std::string> names;
  for (int v = 0; v < views; ++v) names.push_back(index.shards[sample.shard] + ":" + sample.key + "." + std::to_string(v) + ".png");
  return views_input(images, image_size, names);
}

}  // namespace cadscribe::pipeline
