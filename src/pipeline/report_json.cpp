#include "pipeline/report_json.h"

#include <cmath>

namespace cadscribe::pipeline {
namespace {

nlohmann::json diag_json(const base::Diag& d) {
  return {{"code", d.code},        {"message", d.message}, {"file", d.span.file},
          {"line", d.span.line},   {"col", d.span.col},    {"notes", d.notes}};
}

nlohmann::json vec_json(const math::Vec3& v) { return {v.x, v.y, v.z}; }

double ms(double s) { return std::round(s * 1e6) / 1e3; }

}  // namespace

nlohmann::json execution_to_json(const cad::Execution& e, const std::string& file, bool require_valid) {
  nlohmann::json j;
  j["file"] = file;
  j["status"] = cad::status_of(e, require_valid);
  j["ok"] = j["status"] == "ok";
  j["exit_code"] = cad::exit_code_for(e, require_valid);
  if (!e.diags.empty()) {
    j["error"] = diag_json(e.diags.front());
    nlohmann::json all = nlohmann::json::array();
    for (const auto& d : e.diags) all.push_back(diag_json(d));
    j["errors"] = all;
  }
  if (e.shape) {
    const cad::Validity& v = e.validity;
    j["valid"] = v.valid;
    j["brep_valid"] = v.brep_valid;
    j["solids"] = v.solids;
    j["faces"] = v.faces;
    j["edges"] = v.edges;
    j["vertices"] = v.vertices;
    j["connected"] = v.connected;
    j["step_ok"] = v.step_ok;
    j["stl_closed"] = v.stl_closed;
    j["volume"] = v.volume;
    j["bbox"] = {{"min", vec_json(v.bbox.min)}, {"max", vec_json(v.bbox.max)}, {"size", vec_json(v.bbox.size())}};
    j["invalid_reasons"] = v.reasons;
  }
  if (!e.printed.empty()) j["printed"] = e.printed;
  j["times_ms"] = {{"parse", ms(e.times.parse)},
                   {"eval", ms(e.times.eval)},
                   {"native", ms(e.times.native)},
                   {"validate", ms(e.times.validate)},
                   {"validate_parts", {{"check", ms(e.times.check)},
                                       {"step", ms(e.times.step)},
                                       {"mesh", ms(e.times.mesh)},
                                       {"bbox", ms(e.times.bbox)}}},
                   {"total", ms(e.times.total)}};
  return j;
}

nlohmann::json scad_execution_to_json(const cad::ScadExecution& e, const std::string& file) {
  const auto& v = e.facts;
  nlohmann::json j;
  j["file"] = file;
  j["ok"] = e.ok();
  j["status"] = cad::scad_status(e);
  j["exit_code"] = cad::scad_exit_code(e);
  j["dimension"] = v.dimension;
  j["closed_manifold"] = v.closed_manifold;
  j["volume"] = v.volume;
  j["area"] = v.area;
  j["triangles"] = v.triangles;
  j["vertices"] = v.vertices;
  j["components"] = v.components;
  j["csg_operations"] = v.csg_operations;
  if (v.bbox.empty) {
    j["bbox"] = nullptr;
  } else {
    j["bbox"] = {{"min", vec_json(v.bbox.min)}, {"max", vec_json(v.bbox.max)}};
  }
  j["time_s"] = {{"parse", e.times.parse}, {"eval", e.times.eval}, {"geometry", e.times.geometry},
                 {"total", e.times.total}};
  j["echo"] = e.echo;
  nlohmann::json diags = nlohmann::json::array();
  for (const auto& d : e.diags)
    diags.push_back({{"code", d.code},
                     {"severity", d.severity == base::Severity::kError ? "error" : "warning"},
                     {"where", d.span.to_string()},
                     {"message", d.message}});
  j["diags"] = diags;
  return j;
}

}  // namespace cadscribe::pipeline
