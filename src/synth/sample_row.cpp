#include "synth/sample_row.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

#include "lang/py/lexer.h"
#include "lang/scad/lexer.h"

namespace cadscribe::synth {
namespace {

using nlohmann::json;

base::Diag bad_meta(const std::string& key, const std::string& what) {
  return base::make_diag("synth.bad_metadata", "sample '" + key + "': " + what);
}

// Op name → number of uses, from the shapes cadquery_ops_json takes.
std::map<std::string, int64_t> parse_ops(const json& value) {
  std::map<std::string, int64_t> ops;
  if (value.is_string()) {
    json inner = json::parse(value.get<std::string>(), nullptr, /*allow_exceptions=*/false);
    if (!inner.is_discarded() && !inner.is_string()) return parse_ops(inner);
  } else if (value.is_array()) {
    for (const auto& op : value)
      if (op.is_string()) ++ops[op.get<std::string>()];
  } else if (value.is_object()) {
    for (const auto& [name, count] : value.items()) ops[name] += count.is_number_integer() ? count.get<int64_t>() : 1;
  }
  return ops;
}

base::Result<json> row_of(const std::string& key, const std::string& shard_file, std::string_view program,
                          const json& meta, ProgramLanguage language);

}  // namespace

std::string format_float(float value) {
  if (!std::isfinite(value)) value = 0;  // JSON has no NaN/inf; a descriptor must stay numeric
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

std::string fingerprint_hex(uint64_t fingerprint) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint));
  return buf;
}

int64_t count_tokens(std::string_view program, ProgramLanguage language) {
  const size_t tokens = language == ProgramLanguage::kOpenScad ? lang::scad::lex(program, "<sample>").tokens.size()
                                                                : lang::py::lex(program, "<sample>").tokens.size();
  return static_cast<int64_t>(tokens) - 1;  // the trailing kEnd
}

base::Result<std::string> add_json_field(std::string_view object_json, const std::string& name,
                                         const std::string& value_json) {
  json object = json::parse(object_json, nullptr, false);
  if (object.is_discarded() || !object.is_object())
    return base::make_diag("synth.bad_metadata", "sample metadata is not a JSON object");
  if (object.contains(name)) return std::string(object_json);
  size_t close = object_json.find_last_of('}');
  std::string out(object_json.substr(0, close));
  out += object.empty() ? "" : ",";
  out += json(name).dump() + ":" + value_json;
  out += object_json.substr(close);
  return out;
}

base::Result<std::string> annotate_meta(std::string_view meta_json, uint64_t fingerprint,
                                        const std::vector<float>& descriptor) {
  TRY(std::string out, add_json_field(meta_json, "fingerprint", "\"" + fingerprint_hex(fingerprint) + "\""));
  if (descriptor.empty()) return out;
  std::string list = "[";
  for (size_t i = 0; i < descriptor.size(); ++i) list += (i ? "," : "") + format_float(descriptor[i]);
  return add_json_field(out, "descriptor", list + "]");
}

base::Result<json> sample_row(const std::string& key, const std::string& shard_file, std::string_view program,
                              std::string_view meta_json, ProgramLanguage language) {
  json meta = json::parse(meta_json, nullptr, false);
  if (meta.is_discarded() || !meta.is_object()) return bad_meta(key, "metadata is not a JSON object");
  try {
    return row_of(key, shard_file, program, meta, language);
  } catch (const json::exception& e) {  // a field of an unexpected type
    return bad_meta(key, e.what());
  }
}

namespace {

base::Result<json> row_of(const std::string& key, const std::string& shard_file, std::string_view program,
                          const json& meta, ProgramLanguage language) {
  json row = json::object();
  row["key"] = key;
  row["shard"] = shard_file;
  row["family"] = meta.value("family", std::string());
  const char* size_field = language == ProgramLanguage::kOpenScad ? "num_triangles" : "num_faces";
  row[size_field] = meta.contains(size_field) && meta.at(size_field).is_number() ? meta.at(size_field).get<int64_t>() : 0;
  const bool scad = language == ProgramLanguage::kOpenScad;
  const char* ops_field = scad ? "scad_ops_json" : "cadquery_ops_json";
  const char* ops_count_field = scad ? "scad_ops_count" : "cadquery_ops_count";
  auto ops = meta.contains(ops_field) ? parse_ops(meta.at(ops_field)) : std::map<std::string, int64_t>{};
  int64_t ops_total = 0;
  json names = json::array();
  for (const auto& [name, count] : ops) {
    names.push_back(name);
    ops_total += count;
  }
  row["ops"] = names;
  row["ops_count"] = meta.contains(ops_count_field) && meta.at(ops_count_field).is_number_integer()
                         ? meta.at(ops_count_field).get<int64_t>()
                         : ops_total;
  row["num_tokens"] = count_tokens(program, language);
  row["fingerprint"] = meta.value("fingerprint", std::string());
  for (const char* field : {"seed", "style", "source_key", "category", "prompts"})
    if (meta.contains(field)) row[field] = meta.at(field);
  if (meta.contains("descriptor")) {
    const json& d = meta.at("descriptor");
    if (!d.is_array()) return bad_meta(key, "descriptor is not a list");
    for (const auto& x : d)
      if (!x.is_number()) return bad_meta(key, "descriptor holds a non-number");
    row["descriptor"] = d;
  }
  return row;
}

}  // namespace

}  // namespace cadscribe::synth
