#include "nn/safetensors.h"

#include <algorithm>
#include <bit>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cadscribe::nn {
namespace {

static_assert(std::endian::native == std::endian::little, "safetensors data is little-endian");

struct DTypeInfo {
  DType dtype;
  const char* name;
  size_t size;
};
constexpr DTypeInfo kDTypes[] = {
    {DType::kF64, "F64", 8}, {DType::kF32, "F32", 4}, {DType::kF16, "F16", 2}, {DType::kBF16, "BF16", 2},
    {DType::kI64, "I64", 8}, {DType::kI32, "I32", 4}, {DType::kI16, "I16", 2}, {DType::kI8, "I8", 1},
    {DType::kU8, "U8", 1},   {DType::kBool, "BOOL", 1},
};

base::Diag bad(const std::string& source, const std::string& what) {
  base::SourceSpan at;
  at.file = source;
  return base::make_diag("io.bad_safetensors", source + ": not a valid safetensors file: " + what, at);
}

}  // namespace

const char* dtype_name(DType d) {
  for (const auto& i : kDTypes)
    if (i.dtype == d) return i.name;
  return "?";
}

size_t dtype_size(DType d) {
  for (const auto& i : kDTypes)
    if (i.dtype == d) return i.size;
  return 0;
}

int64_t TensorData::elements() const {
  int64_t n = 1;
  for (int64_t s : shape) n *= s;
  return n;
}

base::Result<std::string> encode_safetensors(const Safetensors& st) {
  nlohmann::json header = nlohmann::json::object();
  uint64_t offset = 0;
  for (const auto& [name, t] : st.tensors) {
    if (name.empty() || name == "__metadata__")
      return base::make_diag("io.write_failed", "safetensors: invalid tensor name '" + name + "'");
    for (int64_t s : t.shape)
      if (s < 0) return base::make_diag("io.write_failed", "safetensors: negative dimension in '" + name + "'");
    if (uint64_t(t.elements()) * dtype_size(t.dtype) != t.bytes.size())
      return base::make_diag("io.write_failed", "safetensors: '" + name + "' holds " + std::to_string(t.bytes.size()) +
                                                    " bytes, its shape needs " +
                                                    std::to_string(t.elements() * int64_t(dtype_size(t.dtype))));
    header[name] = {{"dtype", dtype_name(t.dtype)}, {"shape", t.shape}, {"data_offsets", {offset, offset + t.bytes.size()}}};
    offset += t.bytes.size();
  }
  if (!st.metadata.empty()) header["__metadata__"] = st.metadata;
  std::string text = header.dump();
  text.append((8 - text.size() % 8) % 8, ' ');
  std::string out(8, '\0');
  const uint64_t n = text.size();
  for (int i = 0; i < 8; ++i) out[size_t(i)] = char((n >> (8 * i)) & 0xFF);
  out += text;
  out.reserve(out.size() + offset);
  for (const auto& [name, t] : st.tensors) out += t.bytes;
  return out;
}

base::Result<Safetensors> decode_safetensors(std::string_view bytes, const std::string& source) {
  if (bytes.size() < 8) return bad(source, "shorter than its 8-byte header length");
  uint64_t n = 0;
  for (int i = 0; i < 8; ++i) n |= uint64_t(static_cast<unsigned char>(bytes[size_t(i)])) << (8 * i);
  if (n > kMaxSafetensorsHeader || n > bytes.size() - 8)
    return bad(source, "header length " + std::to_string(n) + " exceeds the file (" + std::to_string(bytes.size()) + " bytes)");
  nlohmann::json header = nlohmann::json::parse(bytes.substr(8, size_t(n)), nullptr, /*allow_exceptions=*/false);
  if (!header.is_object()) return bad(source, "the header is not a JSON object");
  const std::string_view data = bytes.substr(8 + size_t(n));
  Safetensors st;
  std::vector<std::pair<uint64_t, uint64_t>> ranges;
  for (const auto& [name, entry] : header.items()) {
    if (name == "__metadata__") {
      if (!entry.is_object()) return bad(source, "__metadata__ is not an object");
      for (const auto& [k, v] : entry.items()) {
        if (!v.is_string()) return bad(source, "__metadata__ value of '" + k + "' is not a string");
        st.metadata[k] = v.get<std::string>();
      }
      continue;
    }
    const std::string where = "tensor '" + name + "': ";
    if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") || !entry.contains("data_offsets"))
      return bad(source, where + "expected an object with dtype, shape and data_offsets");
    TensorData t;
    const auto& dt = entry["dtype"];
    const DTypeInfo* info = nullptr;
    for (const auto& i : kDTypes)
      if (dt.is_string() && dt.get<std::string>() == i.name) info = &i;
    if (!info) return bad(source, where + "unknown dtype " + dt.dump());
    t.dtype = info->dtype;
    if (!entry["shape"].is_array()) return bad(source, where + "shape is not an array");
    uint64_t elements = 1;
    for (const auto& s : entry["shape"]) {
      if (!s.is_number_unsigned()) return bad(source, where + "shape holds " + s.dump() + ", expected a count");
      const uint64_t d = s.get<uint64_t>();
      if (d != 0 && elements > (uint64_t(1) << 62) / d) return bad(source, where + "shape too large");
      elements *= d;
      t.shape.push_back(int64_t(d));
    }
    const auto& off = entry["data_offsets"];
    if (!off.is_array() || off.size() != 2 || !off[0].is_number_unsigned() || !off[1].is_number_unsigned())
      return bad(source, where + "data_offsets must be two byte offsets");
    const uint64_t b = off[0].get<uint64_t>(), e = off[1].get<uint64_t>();
    if (b > e || e > data.size())
      return bad(source, where + "data_offsets [" + std::to_string(b) + ", " + std::to_string(e) +
                             "] fall outside the " + std::to_string(data.size()) + "-byte data");
    if (e - b != elements * info->size)
      return bad(source, where + "its shape needs " + std::to_string(elements * info->size) + " bytes, data_offsets give " +
                             std::to_string(e - b));
    t.bytes.assign(data.substr(size_t(b), size_t(e - b)));
    ranges.emplace_back(b, e);
    st.tensors.emplace(name, std::move(t));
  }
  // The tensors must tile the data buffer: no overlap, no gap, nothing after.
  std::sort(ranges.begin(), ranges.end());
  uint64_t expect = 0;
  for (const auto& [b, e] : ranges) {
    if (b != expect) return bad(source, "tensor data overlaps or leaves a gap at byte " + std::to_string(std::min(b, expect)));
    expect = e;
  }
  if (expect != data.size()) return bad(source, std::to_string(data.size() - expect) + " bytes after the last tensor");
  return st;
}

base::Status write_safetensors(const Safetensors& st, const std::string& path) {
  TRY(std::string bytes, encode_safetensors(st));
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return base::make_diag("io.write_failed", "cannot write " + path);
  f.write(bytes.data(), std::streamsize(bytes.size()));
  if (!f) return base::make_diag("io.write_failed", "cannot write " + path);
  return base::ok_status();
}

base::Result<Safetensors> read_safetensors(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return base::make_diag("io.not_found", "cannot open " + path);
  std::ostringstream ss;
  ss << f.rdbuf();
  return decode_safetensors(ss.str(), path);
}

}  // namespace cadscribe::nn
