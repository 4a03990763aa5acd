#include "pipeline/train.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <numeric>
#include <sstream>
#include <thread>

#include "base/rng.h"
#include "nn/bpe_tokenizer.h"
#include "nn/generate.h"
#include "nn/language_model.h"
#include "pipeline/program_library.h"
#include "pipeline/program_mesh.h"
#include "pipeline/prompt_line.h"
#include "pipeline/training_data.h"
#include "render/plot.h"
#include "render/png.h"

namespace cadscribe::pipeline {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kLibraryGrid = 32;       // silhouette cells per side in the library written with the model
constexpr int kLibraryShadeGrid = 16;  // its shading cells per side (program_library.h)

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

base::Result<nlohmann::json> read_json(const std::string& path) {
  TRY(std::string text, render::read_file(path));
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return base::make_diag("io.bad_json", path + ": not JSON", {path});
  return j;
}

base::Status write_text(const std::string& text, const std::string& path) { return render::write_file(text, path); }

// A sample the model trains or is checked on.
struct Item {
  size_t ref;                    // index into DatasetIndex::samples
  std::vector<int32_t> tokens;   // <bos> text <eos>
  int32_t prompt = -1;           // which of the sample's prompts opens the text (-1: none)
};

// What the model learns for a sample: the program, after the prompt's comment line when the
// sample has prompts (pipeline/prompt_line.h).
std::string text_of(const SampleRef& ref, int32_t prompt) {
  return prompt >= 0 ? prompt_line(ref.prompts[size_t(prompt)]) + ref.program : ref.program;
}

struct Split {
  std::vector<Item> train, val;
  int64_t skipped_long = 0;
};

std::vector<int32_t> program_tokens(const nn::BpeTokenizer& tok, const std::string& program) {
  std::vector<int32_t> ids{nn::BpeTokenizer::kBos};
  for (int32_t id : tok.encode(program)) ids.push_back(id);
  ids.push_back(nn::BpeTokenizer::kEos);
  return ids;
}

// Fisher-Yates from the last element down, drawing from `rng` (the order of draws is part of
// what makes a run reproducible: keep it).
template <typename T>
void seeded_shuffle(std::vector<T>& v, base::Rng rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[size_t(rng.uniform_int(0, int64_t(i) - 1))]);
}

std::vector<size_t> seeded_permutation(size_t n, base::Rng rng) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  seeded_shuffle(order, rng);
  return order;
}

// Which samples are held out: the first val_samples of a seeded permutation of all of them.
std::vector<bool> held_out(size_t n, const TrainConfig& c) {
  const auto order = seeded_permutation(n, base::Rng(c.seed).fork(1));
  std::vector<bool> out(n, false);
  for (size_t i = 0; i < std::min(n, size_t(c.val_samples)); ++i) out[order[i]] = true;
  return out;
}

class Trainer {
 public:
  Trainer(const TrainConfig& c, const TrainRun& run) : c_(c), run_(run) {}

  base::Result<nlohmann::json> run() {
    TRY_STATUS(prepare_folder());
    TRY(index_, index_dataset(run_.data, c_.model.image_size > 0 ? c_.model.views : 0));
    held_out_ = held_out(index_.samples.size(), c_);
    TRY_STATUS(prepare_tokenizer());
    split_data();
    if (split_.train.empty()) return base::make_diag("data.no_samples", "no training samples fit the model (max_len)");
    TRY(lm_, nn::create_language_model(c_.model));
    TRY_STATUS(nn::set_model_threads(threads()));
    TRY(int64_t step, resume());
    TRY_STATUS(log({{"kind", "start"},
                    {"step", step},
                    {"train_samples", split_.train.size()},
                    {"val_samples", split_.val.size()},
                    {"skipped_long", split_.skipped_long},
                    {"shards", index_.shards.size()},
                    {"parameters", lm_->parameter_count()},
                    {"vocab", c_.model.vocab},
                    {"threads", threads()}}));
    TRY_STATUS(loop(step));
    return last_eval_;
  }

 private:
  int threads() const { return c_.threads > 0 ? c_.threads : int(std::max(1u, std::thread::hardware_concurrency())); }
  std::string path(const std::string& name) const { return (fs::path(run_.out) / name).string(); }

  base::Status prepare_folder() {
    std::error_code ec;
    fs::create_directories(run_.out, ec);
    if (ec) return base::make_diag("io.create_dir_failed", "cannot create '" + run_.out + "': " + ec.message(), {run_.out});
    const std::string cfg = path("train_config.json");
    if (fs::exists(cfg)) {
      TRY(nlohmann::json before, read_json(cfg));
      // vocab may have come out smaller than asked (no pair left to merge): compare the request.
      if (before != c_.to_json())
        return base::make_diag("train.config_mismatch", run_.out + " holds a run of another config (" + cfg +
                                                            "); give the same config or another --out", {cfg});
    } else {
      TRY_STATUS(write_text(c_.to_json().dump(2) + "\n", cfg));
    }
    return base::ok_status();
  }

  base::Status prepare_tokenizer() {
    const std::string file = path("tokenizer.json");
    if (fs::exists(file)) {
      TRY(nlohmann::json j, read_json(file));
      TRY(tok_, nn::BpeTokenizer::from_json(j));
    } else {
      std::vector<std::string> corpus;
      for (size_t i = 0; i < index_.samples.size() && int64_t(corpus.size()) < c_.tokenizer_corpus; ++i)
        if (!held_out_[i]) corpus.push_back(text_of(index_.samples[i], index_.samples[i].prompts.empty() ? -1 : 0));
      tok_ = nn::BpeTokenizer::train(corpus, c_.tokenizer_vocab, c_.tokenizer_chunking);
      TRY_STATUS(write_text(tok_.to_json().dump() + "\n", file));
    }
    c_.model.vocab = tok_.vocab_size();
    return base::ok_status();
  }

  void split_data() {
    // One item per prompt of a sample (each phrasing is an example), held out with its sample.
    for (size_t i = 0; i < index_.samples.size(); ++i) {
      const SampleRef& ref = index_.samples[i];
      for (int32_t p = ref.prompts.empty() ? -1 : 0; p < int32_t(ref.prompts.size()); ++p) {
        Item item{i, program_tokens(tok_, text_of(ref, p)), p};
        if (int64_t(item.tokens.size()) > c_.model.max_len) {
          ++split_.skipped_long;
          continue;
        }
        (held_out_[i] ? split_.val : split_.train).push_back(std::move(item));
        if (p < 0) break;
      }
    }
  }

  // The checkpoint's step (0 for a fresh run), after loading it. A checkpoint being replaced when
  // the process died survives as checkpoint.old.
  base::Result<int64_t> resume() {
    std::string dir = path("checkpoint");
    if (!fs::exists(fs::path(dir) / "state.json") && fs::exists(fs::path(path("checkpoint.old")) / "state.json"))
      dir = path("checkpoint.old");
    const fs::path d(dir);
    int64_t step = 0;
    if (fs::exists(d / "state.json")) {
      TRY(nlohmann::json state, read_json((d / "state.json").string()));
      if (!state.contains("step") || !state["step"].is_number_integer())
        return base::make_diag("io.bad_checkpoint", (d / "state.json").string() + ": no step", {dir});
      step = state["step"].get<int64_t>();
      TRY(nn::Safetensors w, nn::read_safetensors((d / "weights.safetensors").string()));
      TRY_STATUS(lm_->load_weights(w));
      TRY(nn::Safetensors o, nn::read_safetensors((d / "optimizer.safetensors").string()));
      TRY_STATUS(lm_->load_optimizer_state(o));
    }
    TRY_STATUS(keep_log_until(step));
    return step;
  }

  // Drops log lines of steps after the checkpoint (they will be trained again).
  base::Status keep_log_until(int64_t step) {
    std::ifstream in(path("log.jsonl"));
    std::string kept, line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.value("step", int64_t(0)) <= step) {
        kept += line + "\n";
        if (j.value("kind", "") == "train") curve_train_.emplace_back(double(j["step"]), double(j["loss"]));
        if (j.value("kind", "") == "eval") {
          curve_val_.emplace_back(double(j["step"]), double(j["val_loss"]));
          last_eval_ = j;
        }
      }
    }
    return write_text(kept, path("log.jsonl"));
  }

  base::Status log(const nlohmann::json& line) {
    std::ofstream out(path("log.jsonl"), std::ios::app);
    out << line.dump() << "\n";
    if (!out) return base::make_diag("io.write_failed", "cannot write '" + path("log.jsonl") + "'");
    if (run_.on_log) run_.on_log(line);
    return base::ok_status();
  }

  // The batch of `step`: batches of an epoch are cut from runs of kBucket batches of a seeded
  // permutation, each run sorted by length (so a batch pads little), and then shuffled.
  std::vector<size_t> batch_items(int64_t step) {
    const size_t n = split_.train.size(), b = std::min(n, size_t(c_.batch));
    const int64_t per_epoch = int64_t(n / b), epoch = step / per_epoch;
    if (epoch != order_epoch_) {
      // The training items' order in `epoch`: drawn from (seed, epoch) alone.
      const auto order = seeded_permutation(n, base::Rng(c_.seed).fork(1000 + uint64_t(epoch)));
      epoch_batches_.clear();
      for (size_t run = 0; run < size_t(per_epoch) * b; run += kBucket * b) {
        const size_t end = std::min(size_t(per_epoch) * b, run + kBucket * b);
        std::vector<size_t> items(order.begin() + int64_t(run), order.begin() + int64_t(end));
        std::stable_sort(items.begin(), items.end(),
                         [&](size_t x, size_t y) { return split_.train[x].tokens.size() < split_.train[y].tokens.size(); });
        for (size_t k = 0; k < items.size(); k += b)
          epoch_batches_.emplace_back(items.begin() + int64_t(k), items.begin() + int64_t(k + b));
      }
      seeded_shuffle(epoch_batches_, base::Rng(c_.seed).fork(500000 + uint64_t(epoch)));
      order_epoch_ = epoch;
    }
    return epoch_batches_[size_t(step % per_epoch)];
  }

  base::Result<std::vector<float>> views_of(const Item& item) const {
    if (c_.model.image_size == 0) return std::vector<float>{};
    return load_views(index_, index_.samples[item.ref], c_.model.views, c_.model.image_size);
  }

  base::Result<std::vector<nn::ViewsExample>> load_batch(std::vector<size_t> items) const {
    std::vector<nn::ViewsExample> out;
    for (size_t i : items) {
      TRY(std::vector<float> views, views_of(split_.train[i]));
      out.push_back({std::move(views), split_.train[i].tokens});
    }
    return out;
  }

  base::Status loop(int64_t step) {
    const int64_t end = run_.stop_after > 0 ? std::min(c_.steps, step + run_.stop_after) : c_.steps;
    auto next = std::async(std::launch::async, &Trainer::load_batch, this, batch_items(step));  // prefetch
    double loss_sum = 0, tokens = 0;
    int64_t logged = 0;
    auto since = Clock::now();
    while (step < end) {
      TRY(std::vector<nn::ViewsExample> batch, next.get());
      if (step + 1 < end) next = std::async(std::launch::async, &Trainer::load_batch, this, batch_items(step + 1));
      nn::OptimizerSettings s;
      s.learning_rate = learning_rate_at(c_, step);
      s.weight_decay = c_.weight_decay;
      s.clip_norm = c_.clip_norm;
      loss_sum += lm_->train_step(batch, s);
      for (const auto& e : batch) tokens += double(e.tokens.size() - 1);
      ++step;
      ++logged;
      if (step % c_.log_every == 0 || step == end) {
        const double t = seconds_since(since);
        curve_train_.emplace_back(double(step), loss_sum / double(logged));
        TRY_STATUS(log({{"kind", "train"},
                        {"step", step},
                        {"loss", loss_sum / double(logged)},
                        {"lr", s.learning_rate},
                        {"tokens_per_s", tokens / t},
                        {"samples_per_s", double(logged * c_.batch) / t}}));
        loss_sum = tokens = 0;
        logged = 0;
        since = Clock::now();
      }
      const bool last = step == c_.steps;
      if (step % c_.eval_every == 0 || last) TRY_STATUS(evaluate(step));
      if (step % c_.checkpoint_every == 0 || step == end) TRY_STATUS(checkpoint(step));
      if (last) TRY_STATUS(write_model(step));
    }
    if (step == c_.steps && !fs::exists(path("model.safetensors"))) TRY_STATUS(write_model(step));
    return base::ok_status();
  }

  base::Status evaluate(int64_t step) {
    const auto t0 = Clock::now();
    if (val_views_.size() != split_.val.size()) {
      val_views_.clear();
      for (const auto& item : split_.val) {
        TRY(std::vector<float> v, views_of(item));
        val_views_.push_back(std::move(v));
      }
    }
    double loss = 0, correct = 0;
    int64_t count = 0;
    for (size_t i = 0; i < split_.val.size(); i += size_t(c_.batch)) {
      std::vector<nn::ViewsExample> batch;
      for (size_t k = i; k < std::min(split_.val.size(), i + size_t(c_.batch)); ++k)
        batch.push_back({val_views_[k], split_.val[k].tokens});
      const nn::Evaluation e = lm_->evaluate(batch);
      loss += e.loss * double(e.tokens);
      correct += e.token_accuracy * double(e.tokens);
      count += e.tokens;
    }
    nlohmann::json line = {{"kind", "eval"}, {"step", step}, {"val_tokens", count}};
    line["val_loss"] = count ? loss / double(count) : 0.0;
    line["val_token_accuracy"] = count ? correct / double(count) : 0.0;
    TRY_STATUS(execute_validation(line));
    line["seconds"] = seconds_since(t0);
    curve_val_.emplace_back(double(step), double(line["val_loss"]));
    last_eval_ = line;
    TRY_STATUS(log(line));
    return write_curve();
  }

  // The validation items executed: the first item of each of the first val_execute samples.
  std::vector<size_t> executed_items() const {
    std::vector<size_t> items;
    for (size_t i = 0; i < split_.val.size() && items.size() < size_t(c_.val_execute); ++i)
      if (items.empty() || split_.val[items.back()].ref != split_.val[i].ref) items.push_back(i);
    return items;
  }

  // Greedy programs for the first val_execute validation samples (after their prompt, for a text
  // model of prompted samples), executed and scored against the sample's own program.
  base::Status execute_validation(nlohmann::json& line) {
    const std::vector<size_t> items = executed_items();
    const size_t n = items.size();
    cad::ExecOptions exec;
    exec.validate = false;
    exec.limits.max_seconds = 10;
    auto program_name = [&](const SampleRef& ref) { return ref.openscad ? "program.scad" : "program.py"; };
    if (gt_meshes_.size() != n) {
      gt_meshes_.clear();
      for (size_t i : items) {
        const SampleRef& ref = index_.samples[split_.val[i].ref];
        auto m = program_mesh(ref.program, program_name(ref), exec);
        gt_meshes_.push_back(m ? std::move(*m) : mesh::Mesh{});  // a broken ground truth scores nothing
      }
    }
    int64_t executed = 0, scored = 0;
    double iou_sum = 0;
    for (size_t k = 0; k < n; ++k) {
      if (gt_meshes_[k].triangles.empty()) continue;
      ++scored;
      const Item& item = split_.val[items[k]];
      const SampleRef& ref = index_.samples[item.ref];
      nn::GenerateOptions greedy;
      greedy.max_tokens = c_.model.max_len - 1;
      if (item.prompt >= 0) greedy.prefix = tok_.encode(prompt_line(ref.prompts[size_t(item.prompt)]));
      const auto g = nn::generate(*lm_, val_views_[items[k]], greedy);
      const ProgramIou r = program_iou(tok_.decode(g.tokens), program_name(ref), gt_meshes_[k], exec);
      if (!r.error) {
        ++executed;
        iou_sum += r.iou;
      }
    }
    line["exec_samples"] = scored;
    line["exec_success"] = scored ? double(executed) / double(scored) : 0.0;
    line["exec_mean_iou"] = executed ? iou_sum / double(executed) : 0.0;
    return base::ok_status();
  }

  base::Status write_curve() {
    std::vector<render::Series> series = {{"train loss", curve_train_}, {"validation loss", curve_val_}};
    return render::write_png(render::line_chart(series, "training", "step", "loss (nats/token)"), path("curve.png"));
  }

  nn::Safetensors with_metadata(nn::Safetensors st, int64_t step) const {
    st.metadata["tokenizer"] = tok_.to_json().dump();
    st.metadata["train_config"] = c_.to_json().dump();
    st.metadata["steps"] = std::to_string(step);
    return st;
  }

  base::Status checkpoint(int64_t step) {
    const fs::path tmp = path("checkpoint.tmp"), cur = path("checkpoint"), old = path("checkpoint.old");
    std::error_code ec;
    fs::remove_all(tmp, ec);
    fs::create_directories(tmp, ec);
    if (ec) return base::make_diag("io.create_dir_failed", "cannot create '" + tmp.string() + "'");
    TRY_STATUS(nn::write_safetensors(with_metadata(lm_->weights(), step), (tmp / "weights.safetensors").string()));
    TRY_STATUS(nn::write_safetensors(lm_->optimizer_state(), (tmp / "optimizer.safetensors").string()));
    TRY_STATUS(write_text(nlohmann::json({{"step", step}}).dump() + "\n", (tmp / "state.json").string()));
    fs::remove_all(old, ec);
    if (fs::exists(cur)) fs::rename(cur, old, ec);
    if (!ec) fs::rename(tmp, cur, ec);
    if (ec) return base::make_diag("io.write_failed", "cannot replace the checkpoint in '" + run_.out + "': " + ec.message());
    fs::remove_all(old, ec);
    return base::ok_status();
  }

  // The final weights, and the library of the training programs beside them (validation
  // samples left out, so a validation figure never retrieves its own answer).
  base::Status write_model(int64_t step) {
    TRY_STATUS(nn::write_safetensors(with_metadata(lm_->weights(), step), path("model.safetensors")));
    if (c_.model.image_size == 0) return base::ok_status();
    TRY(ProgramLibrary library, build_library(index_, c_.model.views, kLibraryGrid, kLibraryShadeGrid, held_out_));
    return write_library(library, path("library.safetensors"));
  }

  TrainConfig c_;
  const TrainRun& run_;
  DatasetIndex index_;
  std::vector<bool> held_out_;  // by sample of index_: the validation split
  nn::BpeTokenizer tok_ = nn::BpeTokenizer::train({}, 259);
  Split split_;
  std::unique_ptr<nn::LanguageModel> lm_;
  static constexpr size_t kBucket = 32;  // batches per length-sorted run
  std::vector<std::vector<size_t>> epoch_batches_;
  int64_t order_epoch_ = -1;
  std::vector<std::vector<float>> val_views_;
  std::vector<mesh::Mesh> gt_meshes_;
  std::vector<std::pair<double, double>> curve_train_, curve_val_;
  nlohmann::json last_eval_ = nlohmann::json::object();
};

}  // namespace

base::Result<nlohmann::json> train_model(const TrainConfig& config, const TrainRun& run) {
  Trainer t(config, run);
  return t.run();
}

}  // namespace cadscribe::pipeline
