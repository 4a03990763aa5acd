#include "nn/program_lm.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <nlohmann/json.hpp>

#include "nn/bpe_tokenizer.h"

namespace cadscribe::nn {

nlohmann::json LmConfig::to_json() const {
  return {{"vocab", vocab},   {"d_model", d_model}, {"heads", heads},           {"layers", layers},
          {"d_ff", d_ff},     {"max_len", max_len}, {"image_size", image_size}, {"views", views},
          {"seed", seed}};
}

base::Result<LmConfig> LmConfig::from_json(const nlohmann::json& j) {
  auto bad = [](const std::string& what) { return base::make_diag("io.bad_config", "model config: " + what); };
  if (!j.is_object()) return bad("expected an object");
  LmConfig c;
  auto get = [&](const char* key, int32_t& out, int64_t lo, int64_t hi) -> std::optional<base::Diag> {
    if (!j.contains(key)) return std::nullopt;
    if (!j[key].is_number_integer()) return bad(std::string(key) + " must be an integer");
    const auto v = j[key].get<int64_t>();
    if (v < lo || v > hi) return bad(std::string(key) + " must be in " + std::to_string(lo) + ".." + std::to_string(hi));
    out = int32_t(v);
    return std::nullopt;
  };
  if (auto d = get("vocab", c.vocab, 4, 1 << 20)) return *d;
  if (auto d = get("d_model", c.d_model, 4, 8192)) return *d;
  if (auto d = get("heads", c.heads, 1, 128)) return *d;
  if (auto d = get("layers", c.layers, 1, 64)) return *d;
  if (auto d = get("d_ff", c.d_ff, 4, 65536)) return *d;
  if (auto d = get("max_len", c.max_len, 2, 1 << 16)) return *d;
  if (auto d = get("image_size", c.image_size, 0, 1024)) return *d;
  if (auto d = get("views", c.views, 1, 64)) return *d;
  if (c.image_size % 8 != 0) return bad("image_size must be a multiple of 8 (three stride-2 convolutions)");
  if (j.contains("seed")) {
    if (!j["seed"].is_number_unsigned()) return bad("seed must be a non-negative integer");
    c.seed = j["seed"].get<uint64_t>();
  }
  if (c.d_model % c.heads != 0) return bad("d_model must be a multiple of heads");
  return c;
}

namespace {

struct BlockImpl : torch::nn::Module {
  BlockImpl(int64_t d, int64_t heads, int64_t ff) : heads(heads) {
    ln1 = register_module("ln1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
    attn_qkv = register_module("attn_qkv", torch::nn::Linear(d, 3 * d));
    attn_out = register_module("attn_out", torch::nn::Linear(d, d));
    ln2 = register_module("ln2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
    ff_in = register_module("ff_in", torch::nn::Linear(d, ff));
    ff_out = register_module("ff_out", torch::nn::Linear(ff, d));
  }
  // x: [B, T, d]; mask: [T, t + T] additive (-inf where a position may not look), or undefined
  // when every position may see all before it. With a cache, x holds only the T new positions:
  // the keys and values of the t earlier ones come from *k_cache / *v_cache ([B, H, t, dh]),
  // and the new ones are appended (incremental decoding).
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask, torch::Tensor* k_cache = nullptr,
                        torch::Tensor* v_cache = nullptr) {
    const int64_t B = x.size(0), T = x.size(1), d = x.size(2), dh = d / heads;
    auto qkv = attn_qkv(ln1(x)).view({B, T, 3, heads, dh}).permute({2, 0, 3, 1, 4});  // [3, B, H, T, dh]
    torch::Tensor k = qkv[1], v = qkv[2];
    if (k_cache) {
      if (k_cache->defined()) {
        k = torch::cat({*k_cache, k}, 2);
        v = torch::cat({*v_cache, v}, 2);
      }
      *k_cache = k;
      *v_cache = v;
    }
    auto att = torch::matmul(qkv[0], k.transpose(-2, -1)) / std::sqrt(double(dh));
    if (mask.defined()) att = att + mask;
    auto y = torch::matmul(torch::softmax(att, -1), v).transpose(1, 2).reshape({B, T, d});
    auto h = x + attn_out(y);
    return h + ff_out(torch::gelu(ff_in(ln2(h))));
  }
  int64_t heads;
  torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr};
  torch::nn::Linear attn_qkv{nullptr}, attn_out{nullptr}, ff_in{nullptr}, ff_out{nullptr};
};
TORCH_MODULE(Block);

// The additive causal mask of L positions: -inf where a position would look ahead.
torch::Tensor causal_mask(int64_t L, const torch::TensorOptions& options) {
  return torch::full({L, L}, -std::numeric_limits<float>::infinity(), options).triu(1);
}

std::vector<float> to_vector(const torch::Tensor& t) {
  auto c = t.contiguous();
  return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

struct NetImpl : torch::nn::Module {
  explicit NetImpl(const LmConfig& c) {
    tok_emb = register_module("tok_emb", torch::nn::Embedding(c.vocab, c.d_model));
    pos_emb = register_module("pos_emb", torch::nn::Embedding(c.max_len, c.d_model));
    for (int32_t i = 0; i < c.layers; ++i)
      blocks.push_back(register_module("block" + std::to_string(i), Block(c.d_model, c.heads, c.d_ff)));
    ln_f = register_module("ln_f", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.d_model})));
    if (c.image_size > 0) {
      auto conv = [](int64_t in, int64_t out) {
        return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(2).padding(1));
      };
      img_conv1 = register_module("img_conv1", conv(1, 16));
      img_conv2 = register_module("img_conv2", conv(16, 32));
      img_conv3 = register_module("img_conv3", conv(32, 64));
      img_proj = register_module("img_proj", torch::nn::Linear(64, c.d_model));
      view_emb = register_module("view_emb", torch::nn::Embedding(c.views, c.d_model));
    }
    // GPT-2's initialisation for the transformer: N(0, 0.02), zero biases; LayerNorms and the
    // convolutions keep libtorch's defaults (ones/zeros, Kaiming-uniform).
    torch::NoGradGuard no_grad;
    for (auto& p : named_parameters()) {
      const std::string& k = p.key();
      if (k.find("ln") != std::string::npos || k.rfind("img_conv", 0) == 0) continue;
      if (k.size() > 5 && k.compare(k.size() - 5, 5, ".bias") == 0) p.value().zero_();
      else p.value().normal_(0.0, 0.02);
    }
  }
  // images [B, V, S, S] → one prefix token per view [B, V, d].
  torch::Tensor encode_views(const torch::Tensor& images) {
    const int64_t B = images.size(0), V = images.size(1), S = images.size(2);
    auto x = images.reshape({B * V, 1, S, S});
    x = torch::gelu(img_conv3(torch::gelu(img_conv2(torch::gelu(img_conv1(x))))));
    x = img_proj(x.mean({2, 3})).view({B, V, -1});
    auto views = torch::arange(V, torch::TensorOptions().dtype(torch::kLong).device(images.device()));
    return x + view_emb(views).unsqueeze(0);
  }
  // Token plus position embeddings of ids [B, T] whose first token is at position `first`.
  torch::Tensor embed(const torch::Tensor& ids, int64_t first) {
    auto pos = torch::arange(first, first + ids.size(1), torch::TensorOptions().dtype(torch::kLong).device(ids.device()));
    return tok_emb(ids) + pos_emb(pos).unsqueeze(0);
  }
  // Final norm and the output head, tied to the token embedding: [.., d] → [.., vocab].
  torch::Tensor head(const torch::Tensor& x) { return torch::matmul(ln_f(x), tok_emb->weight.t()); }
  // ids [B, T] (and images [B, V, S, S] for a conditioned model) → logits [B, T, vocab].
  torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& images = {}) {
    auto x = embed(ids, 0);
    const int64_t prefix = images.defined() ? images.size(1) : 0;
    if (prefix > 0) x = torch::cat({encode_views(images), x}, 1);
    auto mask = causal_mask(x.size(1), x.options());
    for (auto& b : blocks) x = b->forward(x, mask);
    return head(x.slice(1, prefix));
  }
  torch::nn::Embedding tok_emb{nullptr}, pos_emb{nullptr}, view_emb{nullptr};
  std::vector<Block> blocks;
  torch::nn::LayerNorm ln_f{nullptr};
  torch::nn::Conv2d img_conv1{nullptr}, img_conv2{nullptr}, img_conv3{nullptr};
  torch::nn::Linear img_proj{nullptr};
};
TORCH_MODULE(Net);

}  // namespace

void set_cpu_threads(int threads) { torch::set_num_threads(std::max(1, threads)); }

struct ProgramLm::Impl {
  LmConfig config;
  Net net{nullptr};
  std::unique_ptr<torch::optim::AdamW> optimizer;

  // [B, T] padded ids of the batch (sequences cut to max_len).
  torch::Tensor batch_tensor(const std::vector<std::vector<int32_t>>& batch) const {
    size_t T = 2;
    for (const auto& s : batch) T = std::max(T, std::min(s.size(), size_t(config.max_len)));
    auto t = torch::full({int64_t(batch.size()), int64_t(T)}, int64_t(BpeTokenizer::kPad), torch::kLong);
    auto a = t.accessor<int64_t, 2>();
    for (size_t i = 0; i < batch.size(); ++i)
      for (size_t k = 0; k < std::min(batch[i].size(), T); ++k) {
        CHECK(batch[i][k] >= 0 && batch[i][k] < config.vocab);
        a[int64_t(i)][int64_t(k)] = batch[i][k];
      }
    return t;
  }
  // [B, V, S, S] images of the batch (sizes CHECKed against the config).
  torch::Tensor images_tensor(const std::vector<ViewsExample>& batch) const {
    CHECK(config.image_size > 0);
    const int64_t V = config.views, S = config.image_size;
    auto t = torch::empty({int64_t(batch.size()), V, S, S}, torch::kFloat32);
    for (size_t i = 0; i < batch.size(); ++i) {
      CHECK(int64_t(batch[i].views.size()) == V * S * S);
      std::memcpy(t[int64_t(i)].data_ptr<float>(), batch[i].views.data(), batch[i].views.size() * sizeof(float));
    }
    return t;
  }
  static std::vector<std::vector<int32_t>> tokens_of(const std::vector<ViewsExample>& batch) {
    std::vector<std::vector<int32_t>> out;
    for (const auto& e : batch) out.push_back(e.tokens);
    return out;
  }
  double step(const torch::Tensor& ids, const torch::Tensor& images, double learning_rate) {
    if (!optimizer)
      optimizer = std::make_unique<torch::optim::AdamW>(net->parameters(),
                                                        torch::optim::AdamWOptions(learning_rate).weight_decay(0.01));
    for (auto& group : optimizer->param_groups())
      static_cast<torch::optim::AdamWOptions&>(group.options()).lr(learning_rate);
    net->train();
    optimizer->zero_grad();
    auto loss = loss_of(ids, images);
    loss.backward();
    torch::nn::utils::clip_grad_norm_(net->parameters(), 1.0);
    optimizer->step();
    return loss.item<double>();
  }
  std::vector<float> last_logits(const std::vector<int32_t>& prefix, const torch::Tensor& images) {
    CHECK(!prefix.empty());
    torch::NoGradGuard no_grad;
    net->eval();
    const size_t keep = std::min(prefix.size(), size_t(config.max_len));
    auto ids = torch::empty({1, int64_t(keep)}, torch::kLong);
    auto a = ids.accessor<int64_t, 2>();
    for (size_t k = 0; k < keep; ++k) a[0][int64_t(k)] = prefix[prefix.size() - keep + k];
    return to_vector(net->forward(ids, images)[0][int64_t(keep) - 1]);
  }
  torch::Tensor loss_of(const torch::Tensor& ids, const torch::Tensor& images = {}) {
    auto logits = net->forward(ids.slice(1, 0, -1), images);
    auto target = ids.slice(1, 1);
    return torch::nn::functional::cross_entropy(
        logits.reshape({-1, logits.size(-1)}), target.reshape({-1}),
        torch::nn::functional::CrossEntropyFuncOptions().ignore_index(BpeTokenizer::kPad));
  }
};

ProgramLm::ProgramLm(const LmConfig& config) : impl_(std::make_unique<Impl>()) {
  impl_->config = config;
  torch::manual_seed(config.seed);
  impl_->net = Net(config);
}
ProgramLm::~ProgramLm() = default;
ProgramLm::ProgramLm(ProgramLm&&) noexcept = default;
ProgramLm& ProgramLm::operator=(ProgramLm&&) noexcept = default;

const LmConfig& ProgramLm::config() const { return impl_->config; }

int64_t ProgramLm::parameter_count() const {
  int64_t n = 0;
  for (const auto& p : impl_->net->parameters()) n += p.numel();
  return n;
}

double ProgramLm::train_step(const std::vector<std::vector<int32_t>>& batch, double learning_rate) {
  CHECK(impl_->config.image_size == 0);
  return impl_->step(impl_->batch_tensor(batch), {}, learning_rate);
}

double ProgramLm::loss(const std::vector<std::vector<int32_t>>& batch) const {
  CHECK(impl_->config.image_size == 0);
  torch::NoGradGuard no_grad;
  impl_->net->eval();
  return impl_->loss_of(impl_->batch_tensor(batch)).item<double>();
}

std::vector<float> ProgramLm::next_logits(const std::vector<int32_t>& prefix) const {
  CHECK(impl_->config.image_size == 0);
  return impl_->last_logits(prefix, {});
}

double ProgramLm::train_step(const std::vector<ViewsExample>& batch, double learning_rate) {
  return impl_->step(impl_->batch_tensor(Impl::tokens_of(batch)), impl_->images_tensor(batch), learning_rate);
}

double ProgramLm::loss(const std::vector<ViewsExample>& batch) const {
  torch::NoGradGuard no_grad;
  impl_->net->eval();
  return impl_->loss_of(impl_->batch_tensor(Impl::tokens_of(batch)), impl_->images_tensor(batch)).item<double>();
}

std::vector<float> ProgramLm::next_logits(const std::vector<float>& views, const std::vector<int32_t>& prefix) const {
  return impl_->last_logits(prefix, impl_->images_tensor({ViewsExample{views, {}}}));
}

struct Decoder::State {
  ProgramLm::Impl* model = nullptr;  // the model outlives its decoders
  std::vector<torch::Tensor> k, v;  // per block
  int32_t tokens = 0;
};

Decoder::Decoder(std::unique_ptr<State> state) : state_(std::move(state)) {}
Decoder::~Decoder() = default;
Decoder::Decoder(Decoder&&) noexcept = default;
Decoder& Decoder::operator=(Decoder&&) noexcept = default;

int32_t Decoder::tokens() const { return state_->tokens; }

std::vector<float> Decoder::push(int32_t token) {
  auto& m = *state_->model;
  CHECK(token >= 0 && token < m.config.vocab);
  CHECK(state_->tokens < m.config.max_len);
  torch::NoGradGuard no_grad;
  auto& net = m.net;
  auto x = net->embed(torch::full({1, 1}, int64_t(token), torch::kLong), state_->tokens);
  for (size_t i = 0; i < net->blocks.size(); ++i) x = net->blocks[i]->forward(x, {}, &state_->k[i], &state_->v[i]);
  ++state_->tokens;
  return to_vector(net->head(x)[0][0]);
}

Decoder ProgramLm::decoder(const std::vector<float>& views) const {
  auto st = std::make_unique<Decoder::State>();
  st->model = impl_.get();
  st->k.resize(impl_->net->blocks.size());
  st->v.resize(impl_->net->blocks.size());
  impl_->net->eval();
  if (impl_->config.image_size > 0) {
    // The views' prefix tokens go through the blocks once; the program tokens then attend to them.
    torch::NoGradGuard no_grad;
    auto x = impl_->net->encode_views(impl_->images_tensor({ViewsExample{views, {}}}));
    auto mask = causal_mask(x.size(1), x.options());
    for (size_t i = 0; i < impl_->net->blocks.size(); ++i) x = impl_->net->blocks[i]->forward(x, mask, &st->k[i], &st->v[i]);
  } else {
    CHECK(views.empty());
  }
  return Decoder(std::move(st));
}

std::vector<int32_t> generate(const ProgramLm& lm, const std::vector<float>& views, const GenerateOptions& options) {
  Decoder dec = lm.decoder(views);
  std::mt19937_64 rng(options.seed);
  std::vector<int32_t> out;
  const int32_t limit = std::min(options.max_tokens, lm.config().max_len - 1);
  std::vector<float> logits = dec.push(BpeTokenizer::kBos);
  while (int32_t(out.size()) < limit) {
    // <pad> and <bos> are never written.
    logits[size_t(BpeTokenizer::kPad)] = logits[size_t(BpeTokenizer::kBos)] = -std::numeric_limits<float>::infinity();
    int32_t next = 0;
    if (options.temperature <= 0) {
      next = int32_t(std::max_element(logits.begin(), logits.end()) - logits.begin());
    } else {
      std::vector<int32_t> order(logits.size());
      std::iota(order.begin(), order.end(), 0);
      const size_t k = options.top_k > 0 ? std::min(size_t(options.top_k), order.size()) : order.size();
      std::partial_sort(order.begin(), order.begin() + int64_t(k), order.end(),
                        [&](int32_t a, int32_t b) { return logits[size_t(a)] > logits[size_t(b)] || (logits[size_t(a)] == logits[size_t(b)] && a < b); });
      std::vector<double> weights(k);
      const double top = logits[size_t(order[0])];
      for (size_t i = 0; i < k; ++i) weights[i] = std::exp((logits[size_t(order[i])] - top) / options.temperature);
      // A fixed draw from the seeded engine (not std::discrete_distribution, whose algorithm
      // differs between standard libraries): inverse CDF over the k weights.
      double total = std::accumulate(weights.begin(), weights.end(), 0.0);
      double u = double(rng() >> 11) * 0x1.0p-53 * total;
      size_t pick = 0;
      while (pick + 1 < k && u >= weights[pick]) u -= weights[pick++];
      next = order[pick];
    }
    if (next == BpeTokenizer::kEos) break;
    out.push_back(next);
    if (int32_t(out.size()) == limit) break;
    logits = dec.push(next);
  }
  return out;
}

Safetensors ProgramLm::weights() const {
  Safetensors st;
  for (const auto& p : impl_->net->named_parameters()) {
    auto t = p.value().detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
    TensorData d;
    d.dtype = DType::kF32;
    for (auto s : t.sizes()) d.shape.push_back(s);
    d.bytes.assign(static_cast<const char*>(t.data_ptr()), size_t(t.numel()) * sizeof(float));
    st.tensors.emplace(p.key(), std::move(d));
  }
  st.metadata["format"] = "cadscribe-program-lm";
  st.metadata["config"] = impl_->config.to_json().dump();
  return st;
}

base::Status ProgramLm::load_weights(const Safetensors& st) {
  auto bad = [](const std::string& what) { return base::make_diag("io.bad_weights", "weights: " + what); };
  auto params = impl_->net->named_parameters();
  if (st.tensors.size() != params.size())
    return bad(std::to_string(st.tensors.size()) + " tensors, this model has " + std::to_string(params.size()));
  for (const auto& p : params) {
    auto it = st.tensors.find(p.key());
    if (it == st.tensors.end()) return bad("missing tensor '" + p.key() + "'");
    const TensorData& d = it->second;
    std::vector<int64_t> shape(p.value().sizes().begin(), p.value().sizes().end());
    if (d.dtype != DType::kF32 || d.shape != shape) return bad("'" + p.key() + "' has another dtype or shape");
  }
  torch::NoGradGuard no_grad;
  for (auto& p : params) {
    const TensorData& d = st.tensors.at(p.key());
    auto src = torch::from_blob(const_cast<char*>(d.bytes.data()), p.value().sizes(), torch::kFloat32);
    p.value().copy_(src);
  }
  return base::ok_status();
}

}  // namespace cadscribe::nn
