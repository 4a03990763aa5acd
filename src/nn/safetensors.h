// nn/safetensors.h — the safetensors weight format (DESIGN.md §6), without libtorch.
//
// Layout: an 8-byte little-endian header length N, N bytes of JSON
//   {"name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]}, ...,
//    "__metadata__": {"key": "value"}}
// (padded with spaces to a multiple of 8), then the tensors' bytes, little-endian, row-major.
// Offsets are relative to the end of the header; the tensors must tile that buffer exactly.
// Written files are deterministic: tensors are laid out in name order, keys sorted. Files from
// elsewhere (Hugging Face, PyTorch's safetensors package) are read and checked: a bad length,
// malformed JSON, an unknown dtype, a shape that does not match its byte range, overlapping or
// out-of-range offsets each give io.bad_safetensors naming the file and the tensor.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace cadscribe::nn {

enum class DType { kF64, kF32, kF16, kBF16, kI64, kI32, kI16, kI8, kU8, kBool };

[[nodiscard]] const char* dtype_name(DType d);  // "F32", …
[[nodiscard]] size_t dtype_size(DType d);       // bytes per element

struct TensorData {
  DType dtype = DType::kF32;
  std::vector<int64_t> shape;
  std::string bytes;  // row-major, little-endian
  [[nodiscard]] int64_t elements() const;
};

struct Safetensors {
  std::map<std::string, TensorData> tensors;
  std::map<std::string, std::string> metadata;
};

// Header and data larger than this are refused on reading (a corrupt length must not allocate).
inline constexpr uint64_t kMaxSafetensorsHeader = 100ull << 20;

[[nodiscard]] base::Result<std::string> encode_safetensors(const Safetensors& st);
// `source` names the bytes in errors (a file path).
[[nodiscard]] base::Result<Safetensors> decode_safetensors(std::string_view bytes, const std::string& source);

[[nodiscard]] base::Status write_safetensors(const Safetensors& st, const std::string& path);
[[nodiscard]] base::Result<Safetensors> read_safetensors(const std::string& path);

}  // namespace cadscribe::nn
