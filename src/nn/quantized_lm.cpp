#include "nn/quantized_lm.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>
#include <nlohmann/json.hpp>

namespace cadscribe::nn {
namespace {

constexpr float kLayerNormEps = 1e-5f;  // torch::nn::LayerNorm's default, as the float model

base::Diag bad(const std::string& what) { return base::make_diag("io.bad_weights", "weights: " + what); }

std::vector<float> floats_of(const TensorData& t) {
  std::vector<float> v(size_t(t.elements()));
  std::memcpy(v.data(), t.bytes.data(), v.size() * sizeof(float));
  return v;
}

TensorData tensor_of(DType dtype, std::vector<int64_t> shape, const void* data, size_t bytes) {
  TensorData t;
  t.dtype = dtype;
  t.shape = std::move(shape);
  t.bytes.assign(static_cast<const char*>(data), bytes);
  return t;
}

void layer_norm(const std::vector<float>& x, const std::vector<float>& w, const std::vector<float>& b,
                std::vector<float>& out) {
  const size_t n = x.size();
  double mean = 0, var = 0;
  for (float v : x) mean += v;
  mean /= double(n);
  for (float v : x) var += (v - mean) * (v - mean);
  const float inv = float(1.0 / std::sqrt(var / double(n) + kLayerNormEps));
  out.resize(n);
  for (size_t i = 0; i < n; ++i) out[i] = (x[i] - float(mean)) * inv * w[i] + b[i];
}

float gelu(float x) { return 0.5f * x * (1.0f + std::erf(x * float(M_SQRT1_2))); }

// The names and shapes of a text model's tensors, in one place for quantize() and load(): calls
// `matrix` for every 2-D tensor and `vector` for every 1-D one.
struct Layout {
  const LmConfig& c;
  void visit(const std::function<void(const std::string&, int64_t, int64_t)>& matrix,
             const std::function<void(const std::string&, int64_t)>& vector) const {
    const int64_t d = c.d_model, ff = c.d_ff;
    matrix("tok_emb.weight", c.vocab, d);
    matrix("pos_emb.weight", c.max_len, d);
    for (int32_t i = 0; i < c.layers; ++i) {
      const std::string b = "block" + std::to_string(i) + ".";
      vector(b + "ln1.weight", d), vector(b + "ln1.bias", d);
      matrix(b + "attn_qkv.weight", 3 * d, d), vector(b + "attn_qkv.bias", 3 * d);
      matrix(b + "attn_out.weight", d, d), vector(b + "attn_out.bias", d);
      vector(b + "ln2.weight", d), vector(b + "ln2.bias", d);
      matrix(b + "ff_in.weight", ff, d), vector(b + "ff_in.bias", ff);
      matrix(b + "ff_out.weight", d, ff), vector(b + "ff_out.bias", d);
    }
    vector("ln_f.weight", d), vector("ln_f.bias", d);
  }
};

base::Result<LmConfig> config_of(const Safetensors& st, const std::string& format) {
  auto f = st.metadata.find("format");
  if (f == st.metadata.end() || f->second != format)
    return bad("expected format \"" + format + "\", found \"" + (f == st.metadata.end() ? "" : f->second) + "\"");
  auto it = st.metadata.find("config");
  if (it == st.metadata.end()) return bad("no config in the metadata");
  auto j = nlohmann::json::parse(it->second, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return bad("the config is not JSON");
  TRY(LmConfig c, LmConfig::from_json(j));
  if (c.image_size != 0) return bad("only text models (image_size 0) are quantised");
  return c;
}

}  // namespace

void Int8Matrix::multiply(const float* x, float* y, const float* bias) const {
  for (int64_t r = 0; r < rows; ++r) {
    const int8_t* w = q.data() + r * cols;
    float acc = 0;
#pragma omp simd reduction(+ : acc)
    for (int64_t c = 0; c < cols; ++c) acc += float(w[c]) * x[c];
    y[r] = acc * scale[size_t(r)] + (bias ? bias[r] : 0.0f);
  }
}

Int8Matrix quantize_rows(const std::vector<float>& values, int64_t rows, int64_t cols) {
  CHECK(rows >= 0 && cols >= 0 && int64_t(values.size()) == rows * cols);
  Int8Matrix m{rows, cols, std::vector<int8_t>(values.size()), std::vector<float>(size_t(rows))};
  for (int64_t r = 0; r < rows; ++r) {
    float top = 0;
    for (int64_t c = 0; c < cols; ++c) top = std::max(top, std::fabs(values[size_t(r * cols + c)]));
    const float s = top > 0 ? top / 127.0f : 1.0f;
    m.scale[size_t(r)] = s;
    for (int64_t c = 0; c < cols; ++c)
      m.q[size_t(r * cols + c)] = int8_t(std::clamp(std::lround(values[size_t(r * cols + c)] / s), -127L, 127L));
  }
  return m;
}

class QuantizedDecoder final : public LmDecoder {
 public:
  explicit QuantizedDecoder(const QuantizedLm* m) : m_(m), k_(m->blocks_.size()), v_(m->blocks_.size()) {}

  std::vector<float> push(int32_t token) override {
    const LmConfig& c = m_->config_;
    CHECK(token >= 0 && token < c.vocab);
    CHECK(tokens_ < c.max_len);
    const int64_t d = c.d_model, heads = c.heads, dh = d / heads, t = tokens_ + 1;
    // (sizes via static_cast: `vector<float> x(size_t(d))` would declare a function)
    std::vector<float> x(static_cast<size_t>(d)), h, qkv(static_cast<size_t>(3 * d)), y(static_cast<size_t>(d)),
        f(static_cast<size_t>(c.d_ff)), add(static_cast<size_t>(d));
    const auto row = [](const Int8Matrix& e, int64_t r, int64_t k) { return float(e.q[size_t(r * e.cols + k)]) * e.scale[size_t(r)]; };
    for (int64_t k = 0; k < d; ++k) x[size_t(k)] = row(m_->tok_emb_, token, k) + row(m_->pos_emb_, tokens_, k);
    std::vector<float> scores(static_cast<size_t>(t));
    const float inv_sqrt = float(1.0 / std::sqrt(double(dh)));
    for (size_t b = 0; b < m_->blocks_.size(); ++b) {
      const QuantizedLm::Block& blk = m_->blocks_[b];
      layer_norm(x, blk.ln1_w, blk.ln1_b, h);
      blk.qkv.multiply(h.data(), qkv.data(), blk.qkv_b.data());
      k_[b].insert(k_[b].end(), qkv.begin() + d, qkv.begin() + 2 * d);
      v_[b].insert(v_[b].end(), qkv.begin() + 2 * d, qkv.end());
      for (int64_t hd = 0; hd < heads; ++hd) {
        const float* q = qkv.data() + hd * dh;
        float top = -INFINITY;
        for (int64_t s = 0; s < t; ++s) {
          const float* key = k_[b].data() + s * d + hd * dh;
          float dot = 0;
          for (int64_t i = 0; i < dh; ++i) dot += q[i] * key[i];
          scores[size_t(s)] = dot * inv_sqrt;
          top = std::max(top, scores[size_t(s)]);
        }
        double sum = 0;
        for (auto& sc : scores) sum += (sc = std::exp(sc - top));
        float* out = y.data() + hd * dh;
        std::fill(out, out + dh, 0.0f);
        for (int64_t s = 0; s < t; ++s) {
          const float p = float(scores[size_t(s)] / sum);
          const float* val = v_[b].data() + s * d + hd * dh;
          for (int64_t i = 0; i < dh; ++i) out[i] += p * val[i];
        }
      }
      blk.out.multiply(y.data(), add.data(), blk.out_b.data());
      for (int64_t k = 0; k < d; ++k) x[size_t(k)] += add[size_t(k)];
      layer_norm(x, blk.ln2_w, blk.ln2_b, h);
      blk.ff_in.multiply(h.data(), f.data(), blk.ff_in_b.data());
      for (auto& v : f) v = gelu(v);
      blk.ff_out.multiply(f.data(), add.data(), blk.ff_out_b.data());
      for (int64_t k = 0; k < d; ++k) x[size_t(k)] += add[size_t(k)];
    }
    layer_norm(x, m_->ln_f_w_, m_->ln_f_b_, h);
    std::vector<float> logits(size_t(c.vocab));
    m_->tok_emb_.multiply(h.data(), logits.data());
    ++tokens_;
    return logits;
  }
  int32_t tokens() const override { return tokens_; }
  std::unique_ptr<LmDecoder> fork() const override { return std::make_unique<QuantizedDecoder>(*this); }

 private:
  const QuantizedLm* m_;
  std::vector<std::vector<float>> k_, v_;  // per block: tokens × d_model
  int32_t tokens_ = 0;
};

namespace {

// Builds a model from `st` along the layout: matrices by `matrix_of(name, rows, cols)`, vectors
// read as F32. Every tensor of `st` must be used (`expected` counts them per matrix).
template <typename MatrixOf>
base::Status read_layout(const LmConfig& c, const Safetensors& st, int tensors_per_matrix, MatrixOf matrix_of,
                         std::map<std::string, Int8Matrix>& matrices, std::map<std::string, std::vector<float>>& vectors) {
  std::optional<base::Diag> error;
  size_t expected = 0;
  Layout{c}.visit(
      [&](const std::string& name, int64_t rows, int64_t cols) {
        expected += size_t(tensors_per_matrix);
        if (error) return;
        auto m = matrix_of(name, rows, cols);
        if (!m.ok()) error = m.error();
        else matrices[name] = std::move(*m);
      },
      [&](const std::string& name, int64_t n) {
        ++expected;
        if (error) return;
        auto it = st.tensors.find(name);
        if (it == st.tensors.end()) error = bad("missing tensor '" + name + "'");
        else if (it->second.dtype != DType::kF32 || it->second.shape != std::vector<int64_t>{n})
          error = bad("'" + name + "' is not F32 [" + std::to_string(n) + "]");
        else vectors[name] = floats_of(it->second);
      });
  if (error) return *error;
  if (st.tensors.size() != expected)
    return bad(std::to_string(st.tensors.size()) + " tensors, this model has " + std::to_string(expected));
  return base::ok_status();
}

}  // namespace

base::Result<std::unique_ptr<QuantizedLm>> QuantizedLm::assemble(const LmConfig& c, const Safetensors& st,
                                                                   bool quantized) {
  std::map<std::string, Int8Matrix> m;
  std::map<std::string, std::vector<float>> v;
  auto matrix_of = [&](const std::string& name, int64_t rows, int64_t cols) -> base::Result<Int8Matrix> {
    const std::vector<int64_t> shape{rows, cols};
    auto it = st.tensors.find(name);
    if (it == st.tensors.end()) return bad("missing tensor '" + name + "'");
    const std::string dims = "[" + std::to_string(rows) + ", " + std::to_string(cols) + "]";
    if (!quantized) {
      if (it->second.dtype != DType::kF32 || it->second.shape != shape) return bad("'" + name + "' is not F32 " + dims);
      return quantize_rows(floats_of(it->second), rows, cols);
    }
    auto sc = st.tensors.find(name + ".scale");
    if (it->second.dtype != DType::kI8 || it->second.shape != shape) return bad("'" + name + "' is not I8 " + dims);
    if (sc == st.tensors.end() || sc->second.dtype != DType::kF32 || sc->second.shape != std::vector<int64_t>{rows})
      return bad("'" + name + ".scale' is missing or not F32 [" + std::to_string(rows) + "]");
    Int8Matrix out{rows, cols, std::vector<int8_t>(size_t(rows * cols)), floats_of(sc->second)};
    std::memcpy(out.q.data(), it->second.bytes.data(), out.q.size());
    return out;
  };
  TRY_STATUS(read_layout(c, st, quantized ? 2 : 1, matrix_of, m, v));
  std::unique_ptr<QuantizedLm> q(new QuantizedLm());
  q->config_ = c;
  q->metadata_ = st.metadata;
  q->metadata_["format"] = kInt8Format;
  q->tok_emb_ = std::move(m.at("tok_emb.weight"));
  q->pos_emb_ = std::move(m.at("pos_emb.weight"));
  for (int32_t i = 0; i < c.layers; ++i) {
    const std::string b = "block" + std::to_string(i) + ".";
    Block blk;
    blk.ln1_w = v.at(b + "ln1.weight"), blk.ln1_b = v.at(b + "ln1.bias");
    blk.ln2_w = v.at(b + "ln2.weight"), blk.ln2_b = v.at(b + "ln2.bias");
    blk.qkv = std::move(m.at(b + "attn_qkv.weight")), blk.qkv_b = v.at(b + "attn_qkv.bias");
    blk.out = std::move(m.at(b + "attn_out.weight")), blk.out_b = v.at(b + "attn_out.bias");
    blk.ff_in = std::move(m.at(b + "ff_in.weight")), blk.ff_in_b = v.at(b + "ff_in.bias");
    blk.ff_out = std::move(m.at(b + "ff_out.weight")), blk.ff_out_b = v.at(b + "ff_out.bias");
    q->blocks_.push_back(std::move(blk));
  }
  q->ln_f_w_ = v.at("ln_f.weight"), q->ln_f_b_ = v.at("ln_f.bias");
  return q;
}

base::Result<std::unique_ptr<QuantizedLm>> QuantizedLm::quantize(const Safetensors& float_weights) {
  TRY(LmConfig c, config_of(float_weights, "cadscribe-program-lm"));
  return assemble(c, float_weights, /*quantized=*/false);
}

base::Result<std::unique_ptr<QuantizedLm>> QuantizedLm::load(const Safetensors& int8_weights) {
  TRY(LmConfig c, config_of(int8_weights, kInt8Format));
  return assemble(c, int8_weights, /*quantized=*/true);
}

std::unique_ptr<LmDecoder> QuantizedLm::decoder(const std::vector<float>& views) const {
  CHECK(views.empty());
  return std::make_unique<QuantizedDecoder>(this);
}

Safetensors QuantizedLm::weights() const {
  Safetensors st;
  st.metadata = metadata_;
  auto put_matrix = [&](const std::string& name, const Int8Matrix& m) {
    st.tensors.emplace(name, tensor_of(DType::kI8, {m.rows, m.cols}, m.q.data(), m.q.size()));
    st.tensors.emplace(name + ".scale", tensor_of(DType::kF32, {m.rows}, m.scale.data(), m.scale.size() * sizeof(float)));
  };
  auto put_vector = [&](const std::string& name, const std::vector<float>& v) {
    st.tensors.emplace(name, tensor_of(DType::kF32, {int64_t(v.size())}, v.data(), v.size() * sizeof(float)));
  };
  put_matrix("tok_emb.weight", tok_emb_);
  put_matrix("pos_emb.weight", pos_emb_);
  for (size_t i = 0; i < blocks_.size(); ++i) {
    const std::string b = "block" + std::to_string(i) + ".";
    const Block& blk = blocks_[i];
    put_vector(b + "ln1.weight", blk.ln1_w), put_vector(b + "ln1.bias", blk.ln1_b);
    put_vector(b + "ln2.weight", blk.ln2_w), put_vector(b + "ln2.bias", blk.ln2_b);
    put_matrix(b + "attn_qkv.weight", blk.qkv), put_vector(b + "attn_qkv.bias", blk.qkv_b);
    put_matrix(b + "attn_out.weight", blk.out), put_vector(b + "attn_out.bias", blk.out_b);
    put_matrix(b + "ff_in.weight", blk.ff_in), put_vector(b + "ff_in.bias", blk.ff_in_b);
    put_matrix(b + "ff_out.weight", blk.ff_out), put_vector(b + "ff_out.bias", blk.ff_out_b);
  }
  put_vector("ln_f.weight", ln_f_w_), put_vector("ln_f.bias", ln_f_b_);
  return st;
}

int64_t QuantizedLm::parameter_count() const {
  int64_t n = tok_emb_.rows * tok_emb_.cols + pos_emb_.rows * pos_emb_.cols + int64_t(ln_f_w_.size() + ln_f_b_.size());
  for (const Block& b : blocks_)
    n += b.qkv.rows * b.qkv.cols + b.out.rows * b.out.cols + b.ff_in.rows * b.ff_in.cols + b.ff_out.rows * b.ff_out.cols +
         int64_t(b.ln1_w.size() + b.ln1_b.size() + b.ln2_w.size() + b.ln2_b.size() + b.qkv_b.size() + b.out_b.size() +
                 b.ff_in_b.size() + b.ff_out_b.size());
  return n;
}

}  // namespace cadscribe::nn
