#include "nn/torch/program_lm.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>

#include "nn/bpe_tokenizer.h"

namespace cadscribe::nn {

namespace {

constexpr int64_t kViewGrid = 4;  // each view's feature map is pooled to 4 × 4 cells

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
      img_proj = register_module("img_proj", torch::nn::Linear(64 * kViewGrid * kViewGrid, c.d_model));
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
  // images [B, V, S, S] → one prefix token per view [B, V, d]. The last feature map is pooled
  // to a kViewGrid² grid and flattened, not averaged to one vector: where things are in a view
  // (and so the part's proportions) must survive into the token.
  torch::Tensor encode_views(const torch::Tensor& images) {
    const int64_t B = images.size(0), V = images.size(1), S = images.size(2);
    auto x = images.reshape({B * V, 1, S, S});
    x = torch::gelu(img_conv3(torch::gelu(img_conv2(torch::gelu(img_conv1(x))))));
    x = torch::adaptive_avg_pool2d(x, {kViewGrid, kViewGrid}).flatten(1);
    x = img_proj(x).view({B, V, -1});
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
  // AdamW's first and second moments by parameter name, and the number of steps taken.
  std::map<std::string, torch::Tensor> adam_m, adam_v;
  int64_t adam_step = 0;

  // [B, T] padded ids of the batch (sequences cut to max_len).
  torch::Tensor ids_tensor(const std::vector<ViewsExample>& batch) const {
    size_t T = 2;
    for (const auto& e : batch) T = std::max(T, std::min(e.tokens.size(), size_t(config.max_len)));
    auto t = torch::full({int64_t(batch.size()), int64_t(T)}, int64_t(BpeTokenizer::kPad), torch::kLong);
    auto a = t.accessor<int64_t, 2>();
    for (size_t i = 0; i < batch.size(); ++i)
      for (size_t k = 0; k < std::min(batch[i].tokens.size(), T); ++k) {
        CHECK(batch[i].tokens[k] >= 0 && batch[i].tokens[k] < config.vocab);
        a[int64_t(i)][int64_t(k)] = batch[i].tokens[k];
      }
    return t;
  }
  // [B, V, S, S] images of the batch for a conditioned model, else undefined (sizes CHECKed).
  torch::Tensor images_tensor(const std::vector<ViewsExample>& batch) const {
    if (config.image_size == 0) {
      for (const auto& e : batch) CHECK(e.views.empty());
      return {};
    }
    const int64_t V = config.views, S = config.image_size;
    auto t = torch::empty({int64_t(batch.size()), V, S, S}, torch::kFloat32);
    for (size_t i = 0; i < batch.size(); ++i) {
      CHECK(int64_t(batch[i].views.size()) == V * S * S);
      std::memcpy(t[int64_t(i)].data_ptr<float>(), batch[i].views.data(), batch[i].views.size() * sizeof(float));
    }
    return t;
  }
  // Logits [B, T-1, vocab] and targets [B, T-1] of a batch.
  std::pair<torch::Tensor, torch::Tensor> logits_and_targets(const std::vector<ViewsExample>& batch) {
    auto ids = ids_tensor(batch);
    return {net->forward(ids.slice(1, 0, -1), images_tensor(batch)), ids.slice(1, 1)};
  }
  static torch::Tensor cross_entropy(const torch::Tensor& logits, const torch::Tensor& targets) {
    return torch::nn::functional::cross_entropy(
        logits.reshape({-1, logits.size(-1)}), targets.reshape({-1}),
        torch::nn::functional::CrossEntropyFuncOptions().ignore_index(BpeTokenizer::kPad));
  }
  // Decoupled weight decay (matrices only), bias-corrected moments, as torch.optim.AdamW.
  void adamw(const OptimizerSettings& s) {
    torch::NoGradGuard no_grad;
    ++adam_step;
    const double bc1 = 1 - std::pow(s.beta1, double(adam_step)), bc2 = 1 - std::pow(s.beta2, double(adam_step));
    for (auto& p : net->named_parameters()) {
      torch::Tensor& w = p.value();
      const torch::Tensor& g = w.grad();
      if (!g.defined()) continue;
      if (w.dim() >= 2 && s.weight_decay > 0) w.mul_(1 - s.learning_rate * s.weight_decay);
      torch::Tensor& m = adam_m.at(p.key());
      torch::Tensor& v = adam_v.at(p.key());
      m.mul_(s.beta1).add_(g, 1 - s.beta1);
      v.mul_(s.beta2).addcmul_(g, g, 1 - s.beta2);
      auto denom = (v.sqrt() / std::sqrt(bc2)).add_(s.epsilon);
      w.addcdiv_(m, denom, -s.learning_rate / bc1);
    }
  }
};

namespace {

class TorchDecoder final : public LmDecoder {
 public:
  TorchDecoder(const ProgramLm::Impl* model, size_t blocks) : model_(model), k_(blocks), v_(blocks) {}

  std::vector<float> push(int32_t token) override {
    CHECK(token >= 0 && token < model_->config.vocab);
    CHECK(tokens_ < model_->config.max_len);
    torch::NoGradGuard no_grad;
    Net net = model_->net;  // a holder: shares the module
    auto x = net->embed(torch::full({1, 1}, int64_t(token), torch::kLong), tokens_);
    for (size_t i = 0; i < net->blocks.size(); ++i) x = net->blocks[i]->forward(x, {}, &k_[i], &v_[i]);
    ++tokens_;
    return to_vector(net->head(x)[0][0]);
  }
  int32_t tokens() const override { return tokens_; }
  // The caches are only ever replaced (torch::cat makes new tensors), never written in place,
  // so a fork may share them.
  std::unique_ptr<LmDecoder> fork() const override { return std::make_unique<TorchDecoder>(*this); }

  // The views' prefix tokens go through the blocks once; program tokens then attend to them.
  void prefix(const torch::Tensor& images) {
    torch::NoGradGuard no_grad;
    Net net = model_->net;  // a holder: shares the module
    auto x = net->encode_views(images);
    auto mask = causal_mask(x.size(1), x.options());
    for (size_t i = 0; i < net->blocks.size(); ++i) x = net->blocks[i]->forward(x, mask, &k_[i], &v_[i]);
  }

 private:
  const ProgramLm::Impl* model_;
  std::vector<torch::Tensor> k_, v_;  // per block: [1, H, t, dh]
  int32_t tokens_ = 0;
};

TensorData tensor_data(const torch::Tensor& value) {
  auto t = value.detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
  TensorData d;
  d.dtype = DType::kF32;
  for (auto s : t.sizes()) d.shape.push_back(s);
  d.bytes.assign(static_cast<const char*>(t.data_ptr()), size_t(t.numel()) * sizeof(float));
  return d;
}

// Checks that `st` holds `name` as float32 of the shape of `like`; copies it in when `into`.
std::optional<base::Diag> take(const Safetensors& st, const std::string& name, torch::Tensor& like, bool into,
                               const char* code) {
  const std::string what = std::string(code) == "io.bad_weights" ? "weights" : "optimizer state";
  auto it = st.tensors.find(name);
  if (it == st.tensors.end()) return base::make_diag(code, what + ": missing tensor '" + name + "'");
  const TensorData& d = it->second;
  std::vector<int64_t> shape(like.sizes().begin(), like.sizes().end());
  if (d.dtype != DType::kF32 || d.shape != shape)
    return base::make_diag(code, what + ": '" + name + "' has another dtype or shape");
  if (into) {
    torch::NoGradGuard no_grad;
    like.copy_(torch::from_blob(const_cast<char*>(d.bytes.data()), like.sizes(), torch::kFloat32));
  }
  return std::nullopt;
}

}  // namespace

ProgramLm::ProgramLm(const LmConfig& config) : impl_(std::make_unique<Impl>()) {
  impl_->config = config;
  torch::manual_seed(config.seed);
  impl_->net = Net(config);
  for (const auto& p : impl_->net->named_parameters()) {
    impl_->adam_m[p.key()] = torch::zeros_like(p.value());
    impl_->adam_v[p.key()] = torch::zeros_like(p.value());
  }
}
ProgramLm::~ProgramLm() = default;

const LmConfig& ProgramLm::config() const { return impl_->config; }

int64_t ProgramLm::parameter_count() const {
  int64_t n = 0;
  for (const auto& p : impl_->net->parameters()) n += p.numel();
  return n;
}

double ProgramLm::train_step(const std::vector<ViewsExample>& batch, const OptimizerSettings& settings) {
  auto& net = impl_->net;
  net->train();
  for (auto& p : net->parameters()) p.mutable_grad() = torch::Tensor();
  auto [logits, targets] = impl_->logits_and_targets(batch);
  auto loss = Impl::cross_entropy(logits, targets);
  loss.backward();
  if (settings.clip_norm > 0) torch::nn::utils::clip_grad_norm_(net->parameters(), settings.clip_norm);
  impl_->adamw(settings);
  return loss.item<double>();
}

Evaluation ProgramLm::evaluate(const std::vector<ViewsExample>& batch) const {
  torch::NoGradGuard no_grad;
  impl_->net->eval();
  auto [logits, targets] = impl_->logits_and_targets(batch);
  auto real = targets.ne(BpeTokenizer::kPad);
  Evaluation e;
  e.tokens = real.sum().item<int64_t>();
  if (e.tokens == 0) return e;
  e.loss = Impl::cross_entropy(logits, targets).item<double>();
  e.token_accuracy = double(logits.argmax(-1).eq(targets).logical_and(real).sum().item<int64_t>()) / double(e.tokens);
  return e;
}

std::vector<float> ProgramLm::next_logits(const std::vector<float>& views, const std::vector<int32_t>& prefix) const {
  CHECK(!prefix.empty());
  torch::NoGradGuard no_grad;
  impl_->net->eval();
  const size_t keep = std::min(prefix.size(), size_t(impl_->config.max_len));
  ViewsExample e{views, std::vector<int32_t>(prefix.end() - int64_t(keep), prefix.end())};
  auto ids = impl_->ids_tensor({e});
  return to_vector(impl_->net->forward(ids.slice(1, 0, int64_t(keep)), impl_->images_tensor({e}))[0][int64_t(keep) - 1]);
}

std::unique_ptr<LmDecoder> ProgramLm::decoder(const std::vector<float>& views) const {
  impl_->net->eval();
  auto dec = std::make_unique<TorchDecoder>(impl_.get(), impl_->net->blocks.size());
  auto images = impl_->images_tensor({ViewsExample{views, {}}});
  if (images.defined()) dec->prefix(images);
  return dec;
}

Safetensors ProgramLm::weights() const {
  Safetensors st;
  for (const auto& p : impl_->net->named_parameters()) st.tensors.emplace(p.key(), tensor_data(p.value()));
  st.metadata["format"] = "cadscribe-program-lm";
  st.metadata["config"] = impl_->config.to_json().dump();
  return st;
}

base::Status ProgramLm::load_weights(const Safetensors& st) {
  auto params = impl_->net->named_parameters();
  if (st.tensors.size() != params.size())
    return base::make_diag("io.bad_weights", "weights: " + std::to_string(st.tensors.size()) +
                                                 " tensors, this model has " + std::to_string(params.size()));
  for (int pass = 0; pass < 2; ++pass)  // check everything before changing anything
    for (auto& p : params)
      if (auto d = take(st, p.key(), p.value(), pass == 1, "io.bad_weights")) return *d;
  return base::ok_status();
}

Safetensors ProgramLm::optimizer_state() const {
  Safetensors st;
  for (const auto& [name, t] : impl_->adam_m) st.tensors.emplace("m." + name, tensor_data(t));
  for (const auto& [name, t] : impl_->adam_v) st.tensors.emplace("v." + name, tensor_data(t));
  st.metadata["format"] = "cadscribe-adamw";
  st.metadata["step"] = std::to_string(impl_->adam_step);
  return st;
}

base::Status ProgramLm::load_optimizer_state(const Safetensors& st) {
  const char* code = "io.bad_optimizer_state";
  auto step = st.metadata.find("step");
  if (step == st.metadata.end() || step->second.empty() ||
      step->second.find_first_not_of("0123456789") != std::string::npos || step->second.size() > 15)
    return base::make_diag(code, "optimizer state: no step count");
  if (st.tensors.size() != impl_->adam_m.size() * 2)
    return base::make_diag(code, "optimizer state: " + std::to_string(st.tensors.size()) + " tensors, expected " +
                                     std::to_string(impl_->adam_m.size() * 2));
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& [name, t] : impl_->adam_m)
      if (auto d = take(st, "m." + name, t, pass == 1, code)) return *d;
    for (auto& [name, t] : impl_->adam_v)
      if (auto d = take(st, "v." + name, t, pass == 1, code)) return *d;
  }
  impl_->adam_step = std::stoll(step->second);
  return base::ok_status();
}

}  // namespace cadscribe::nn
