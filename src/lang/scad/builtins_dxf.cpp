// lang/scad/builtins_dxf.cpp — dxf_dim() and dxf_cross(): values read from a DXF drawing, inside
// the same sandbox as include/use (the calling file's folder and the library paths).
#include <cmath>

#include "lang/scad/builtins.h"
#include "lang/scad/dxf.h"
#include "lang/scad/interpreter.h"
#include "lang/scad/sandbox.h"

namespace cadscribe::lang::scad {
namespace {

// The drawing named by the call's `file` (and `layer`, `origin`, `scale`), or nullopt after a
// warning. Arcs use openscad's fixed 36 fragments for these functions.
std::optional<DxfDrawing> drawing_of(Evaluator& ev, const std::vector<CallArg>& args, const char* fn,
                                     const base::SourceSpan& span) {
  const Value* file = arg(args, "file", 0);
  if (!file || !file->is_string()) {
    ev.warn("runtime.bad_argument", std::string(fn) + "(): the file name must be a string", span);
    return std::nullopt;
  }
  if (!ev.options().allow_files) ev.fail("io.sandbox_violation", std::string(fn) + "(): file access is disabled", span);
  auto path = resolve_confined(file->as_string(), span.file, ev.options().library_paths);
  if (!path) {
    if (path.error().code != "io.not_found") ev.fail(path.error().code, path.error().message, span);
    ev.warn("io.not_found", std::string(fn) + "(): can't open DXF file '" + file->as_string() + "'", span);
    return std::nullopt;
  }
  auto text = read_confined_file(*path);
  if (!text) {
    ev.warn(text.error().code, text.error().message, span);
    return std::nullopt;
  }
  DxfOptions o;
  if (const Value* layer = arg(args, "layer", 1); layer && layer->is_string()) o.layer = layer->as_string();
  if (const Value* origin = arg(args, "origin", 2); origin && origin->is_vector() && origin->as_vector().size() >= 2) {
    o.origin_x = origin->as_vector()[0].finite_number().value_or(0);
    o.origin_y = origin->as_vector()[1].finite_number().value_or(0);
  }
  if (const Value* scale = arg(args, "scale", 3); scale) o.scale = scale->finite_number().value_or(1);
  o.fragments = [](double) { return 36; };
  auto d = read_dxf(*text, file->as_string(), o);
  if (!d) {
    ev.warn(d.error().code, d.error().message, span);
    return std::nullopt;
  }
  return std::move(*d);
}

Value b_dxf_dim(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  auto d = drawing_of(ev, args, "dxf_dim", span);
  if (!d) return Value::undef();
  const Value* name = arg(args, "name", 4);
  const std::string wanted = name && name->is_string() ? name->as_string() : "";
  if (auto v = dxf_dimension_value(*d, wanted)) return Value::number(*v);
  ev.warn("runtime.not_found", "dxf_dim(): no dimension '" + wanted + "' in the drawing", span);
  return Value::undef();
}

Value b_dxf_cross(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  auto d = drawing_of(ev, args, "dxf_cross", span);
  if (!d) return Value::undef();
  if (auto p = dxf_cross_point(*d)) return Value::vector({Value::number(p->x), Value::number(p->y)});
  ev.warn("runtime.not_found", "dxf_cross(): no two crossing lines in the drawing", span);
  return Value::undef();
}

const BuiltinEntry kDxf[] = {
    {"dxf_dim", b_dxf_dim},
    {"dxf_cross", b_dxf_cross},
};

}  // namespace

const BuiltinEntry* dxf_builtins(size_t* count) {
  *count = sizeof(kDxf) / sizeof(kDxf[0]);
  return kDxf;
}

}  // namespace cadscribe::lang::scad
