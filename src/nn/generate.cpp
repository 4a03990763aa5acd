#include "nn/generate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "base/check.h"
#include "nn/bpe_tokenizer.h"

namespace cadscribe::nn {

namespace {

constexpr float kMasked = -std::numeric_limits<float>::infinity();

// The filter's mask plus the rule that <pad> and <bos> are never written.
void mask(const GenerateOptions& options, const std::vector<int32_t>& so_far, std::vector<float>& logits) {
  logits[size_t(BpeTokenizer::kPad)] = logits[size_t(BpeTokenizer::kBos)] = kMasked;
  if (options.filter) options.filter(so_far, logits);
}

// log-softmax in double; all -inf stays all -inf.
std::vector<double> log_softmax(const std::vector<float>& logits) {
  const float top = *std::max_element(logits.begin(), logits.end());
  std::vector<double> out(logits.size(), -std::numeric_limits<double>::infinity());
  if (!std::isfinite(top)) return out;
  double total = 0;
  for (float l : logits) total += std::exp(double(l) - top);
  const double log_total = std::log(total) + top;
  for (size_t i = 0; i < logits.size(); ++i) out[i] = double(logits[i]) - log_total;
  return out;
}

// Token ids ordered by descending logit, ties by id (a total order: deterministic).
std::vector<int32_t> ranked(const std::vector<double>& scores, size_t k) {
  std::vector<int32_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  k = std::min(k, order.size());
  std::partial_sort(order.begin(), order.begin() + int64_t(k), order.end(), [&](int32_t a, int32_t b) {
    return scores[size_t(a)] > scores[size_t(b)] || (scores[size_t(a)] == scores[size_t(b)] && a < b);
  });
  order.resize(k);
  return order;
}

int32_t sample(const std::vector<double>& logp, const GenerateOptions& options, std::mt19937_64& rng) {
  const size_t k = options.top_k > 0 ? size_t(options.top_k) : logp.size();
  auto order = ranked(logp, k);
  std::vector<double> weights(order.size());
  const double top = logp[size_t(order[0])];
  for (size_t i = 0; i < order.size(); ++i) weights[i] = std::exp((logp[size_t(order[i])] - top) / options.temperature);
  double u = double(rng() >> 11) * 0x1.0p-53 * std::accumulate(weights.begin(), weights.end(), 0.0);
  size_t pick = 0;
  while (pick + 1 < order.size() && u >= weights[pick]) u -= weights[pick++];
  return order[pick];
}

int32_t limit_of(const DecodingModel& lm, const GenerateOptions& options) {
  return std::max(0, std::min(options.max_tokens, lm.config().max_len - 1));
}

double mean_log_prob(const Generation& g) {
  return g.log_prob / double(g.tokens.size() - size_t(g.prefix) + (g.finished ? 1 : 0) + 1e-9);
}

// Pushes <bos> and the forced prefix: the logits after them.
std::vector<float> start(LmDecoder& decoder, const GenerateOptions& options, Generation& g, int32_t limit) {
  std::vector<float> logits = decoder.push(BpeTokenizer::kBos);
  for (int32_t t : options.prefix) {
    if (int32_t(g.tokens.size()) >= limit) break;
    g.tokens.push_back(t);
    logits = decoder.push(t);
  }
  g.prefix = int32_t(g.tokens.size());
  return logits;
}

bool better(const Generation& a, const Generation& b) {
  if (a.finished != b.finished) return a.finished;
  const double ma = mean_log_prob(a), mb = mean_log_prob(b);
  if (ma != mb) return ma > mb;
  return a.tokens < b.tokens;
}

}  // namespace

Generation generate(const DecodingModel& lm, const std::vector<float>& views, const GenerateOptions& options) {
  if (options.beam > 1) {
    auto beams = beam_search(lm, views, options);
    return beams.empty() ? Generation{} : beams.front();
  }
  auto dec = lm.decoder(views);
  std::mt19937_64 rng(options.seed);
  Generation g;
  const int32_t limit = limit_of(lm, options);
  std::vector<float> logits = start(*dec, options, g, limit);
  while (int32_t(g.tokens.size()) < limit && std::chrono::steady_clock::now() < options.deadline) {
    mask(options, g.tokens, logits);
    const auto logp = log_softmax(logits);
    if (!std::isfinite(*std::max_element(logp.begin(), logp.end()))) break;  // the filter allows nothing
    const int32_t next = options.temperature > 0 ? sample(logp, options, rng) : ranked(logp, 1)[0];
    g.log_prob += logp[size_t(next)];
    if (next == BpeTokenizer::kEos) {
      g.finished = true;
      break;
    }
    g.tokens.push_back(next);
    if (int32_t(g.tokens.size()) == limit) break;
    logits = dec->push(next);
  }
  return g;
}

std::vector<Generation> beam_search(const DecodingModel& lm, const std::vector<float>& views, const GenerateOptions& options) {
  CHECK(options.temperature <= 0);
  const size_t width = size_t(std::max(1, options.beam));
  const int32_t limit = limit_of(lm, options);
  struct Hypothesis {
    std::unique_ptr<LmDecoder> decoder;
    std::vector<float> logits;
    Generation g;
  };
  std::vector<Hypothesis> live;
  {
    Hypothesis h{lm.decoder(views), {}, {}};
    h.logits = start(*h.decoder, options, h.g, limit);
    live.push_back(std::move(h));
  }
  std::vector<Generation> done;
  while (!live.empty()) {
    if (std::chrono::steady_clock::now() >= options.deadline) {  // out of time: the live ones end unfinished
      for (auto& h : live) done.push_back(std::move(h.g));
      break;
    }
    // Every live hypothesis proposes its `width` best continuations; the best `width` survive.
    struct Candidate {
      size_t parent;
      int32_t token;
      Generation g;
    };
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < live.size(); ++i) {
      mask(options, live[i].g.tokens, live[i].logits);
      const auto logp = log_softmax(live[i].logits);
      for (int32_t t : ranked(logp, width)) {
        if (!std::isfinite(logp[size_t(t)])) break;
        Candidate c{i, t, live[i].g};
        c.g.log_prob += logp[size_t(t)];
        if (t == BpeTokenizer::kEos) c.g.finished = true;
        else c.g.tokens.push_back(t);
        candidates.push_back(std::move(c));
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return a.g.log_prob > b.g.log_prob || (a.g.log_prob == b.g.log_prob && a.g.tokens < b.g.tokens);
    });
    std::vector<Hypothesis> next;
    for (auto& c : candidates) {
      if (next.size() + done.size() >= width) break;
      if (c.g.finished || int32_t(c.g.tokens.size()) >= limit) {
        done.push_back(std::move(c.g));
        continue;
      }
      Hypothesis h{live[c.parent].decoder->fork(), {}, std::move(c.g)};
      h.logits = h.decoder->push(c.token);
      next.push_back(std::move(h));
    }
    live = std::move(next);
  }
  std::sort(done.begin(), done.end(), better);
  return done;
}

}  // namespace cadscribe::nn
