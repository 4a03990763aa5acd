#include "synth/generate.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cad/execute.h"
#include "cad/meshing.h"
#include "lang/py/lexer.h"
#include "metrics/voxelize.h"
#include "render/png.h"
#include "render/render.h"
#include "render/rig.h"
#include "synth/object_attempt.h"
#include "synth/signature.h"

namespace cadscribe::synth {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The first failing part of the validity rule, as a stable code.
std::string validity_code(const cad::Validity& v) {
  if (!v.brep_valid) return "validity.brep_check";
  if (v.solids != 1) return "validity.solid_count";
  if (!v.connected) return "validity.disconnected";
  if (v.faces < 7) return "validity.too_few_faces";
  if (!(v.volume > 0)) return "validity.inside_out";
  if (!v.step_ok) return "validity.step_export";
  if (!v.stl_closed) return "validity.stl_open";
  return "validity.invalid";
}

std::string read_step_bytes(const kernel::Shape& shape) {
  char path[] = "/tmp/cadscribe-synth-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  close(fd);
  std::string bytes;
  if (kernel::write_step(shape, path).ok()) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    bytes = ss.str();
  }
  std::remove(path);
  return bytes;
}

}  // namespace

uint64_t attempt_seed(uint64_t dataset_seed, int64_t shard, int64_t attempt) {
  return splitmix(splitmix(splitmix(dataset_seed) ^ static_cast<uint64_t>(shard)) ^ static_cast<uint64_t>(attempt));
}

WrittenProgram write_program(const Family& family, uint64_t program_seed) {
  base::Rng root(program_seed);
  base::Rng style_rng = root.fork(1);
  base::Rng param_rng = root.fork(2);
  WrittenProgram out;
  out.style = sample_style(style_rng);
  ProgramWriter writer(std::string(family.description), out.style);
  const std::string var = family.generate(param_rng, writer);
  out.text = writer.text(var);
  out.ops = writer.ops();
  out.op_count = writer.op_count();
  return out;
}

const Family& choose_family(const GenerateOptions& options, uint64_t seed) {
  std::vector<const Family*> pool;
  for (const auto& name : options.families) pool.push_back(find_family(name));
  if (pool.empty())
    for (const auto& f : families()) pool.push_back(&f);
  base::Rng family_rng = base::Rng(seed).fork(3);
  return *pool[static_cast<size_t>(family_rng.uniform_int(0, int64_t(pool.size()) - 1))];
}

void render_and_sign(const mesh::Mesh& mesh, const mesh::Box& bbox, int fingerprint_resolution, Attempt& a,
                     AttemptTimes& t) {
  auto t0 = Clock::now();
  const auto views = render::render_rig(mesh, render::default_rig(), render::RenderOptions{});
  t.render = seconds_since(t0);
  t0 = Clock::now();
  for (const auto& v : views) a.sample.views_png.push_back(render::encode_png(v.rgb));
  t.encode = seconds_since(t0);
  t0 = Clock::now();
  const metrics::VoxelGrid grid = metrics::voxelize_normalized(mesh, fingerprint_resolution);
  a.fingerprint = fingerprint_of(grid);
  a.descriptor = descriptor_of(grid, bbox);
  t.fingerprint = seconds_since(t0);
}

std::string attempt_family(const GenerateOptions& options, uint64_t seed) {
  if (options.library == SampleLibrary::kObjects) return std::string(choose_object_category(options, seed).name);
  return std::string(choose_family(options, seed).name);
}

Attempt make_attempt(const GenerateOptions& options, uint64_t dataset_seed, int64_t shard, int64_t attempt,
                     AttemptTimes* times) {
  if (options.library == SampleLibrary::kObjects) return make_object_attempt(options, dataset_seed, shard, attempt, times);
  AttemptTimes local;
  AttemptTimes& t = times ? *times : local;
  const uint64_t seed = attempt_seed(dataset_seed, shard, attempt);
  const Family& family = choose_family(options, seed);

  Attempt a;
  a.family = std::string(family.name);
  auto t0 = Clock::now();
  WrittenProgram program = write_program(family, seed);
  t.write = seconds_since(t0);

  t0 = Clock::now();
  cad::ExecOptions exec;  // default limits; validation on: DESIGN.md §5 decides what is written
  const cad::Execution e = cad::execute_program(program.text, a.family + ".py", exec);
  t.execute = seconds_since(t0);
  t.execute_eval = e.times.eval;
  t.execute_check = e.times.check;
  t.execute_step = e.times.step;
  t.execute_mesh = e.times.mesh;
  t.execute_bbox = e.times.bbox;
  if (!e.diags.empty()) {
    a.failure_code = e.diags.front().code;
    return a;
  }
  if (!e.validity.valid) {
    a.failure_code = validity_code(e.validity);
    return a;
  }

  // The validity probe's mesh (relative tolerance, as cad::mesh_of) serves rendering too.
  const std::optional<mesh::Mesh>& mesh = e.mesh;

  render_and_sign(*mesh, e.validity.bbox, options.fingerprint_resolution, a, t);

  nlohmann::ordered_json meta;
  meta["uuid"] = sample_uuid(seed);
  meta["family"] = a.family;
  meta["seed"] = dataset_seed;
  meta["shard"] = shard;
  meta["attempt"] = attempt;
  meta["program_seed"] = seed;
  meta["generator_version"] = kGeneratorVersion;
  meta["cadquery_ops_json"] = nlohmann::json(program.ops).dump();
  meta["cadquery_ops_count"] = program.op_count;
  meta["num_faces"] = e.validity.faces;
  meta["num_edges"] = e.validity.edges;
  meta["num_solids"] = e.validity.solids;
  meta["num_renders"] = static_cast<int>(a.sample.views_png.size());
  meta["num_tokens"] = static_cast<int64_t>(lang::py::lex(program.text, "program.py").tokens.size()) - 1;
  meta["volume"] = e.validity.volume;
  const auto& b = e.validity.bbox;
  meta["bbox"] = {{"min", {b.min.x, b.min.y, b.min.z}}, {"max", {b.max.x, b.max.y, b.max.z}}};
  meta["style"] = {{"chained", program.style.chained}, {"comments", program.style.comments},
                   {"loops", program.style.loops}};
  char fp[20];
  std::snprintf(fp, sizeof fp, "%016llx", static_cast<unsigned long long>(a.fingerprint));
  meta["fingerprint"] = fp;
  meta["descriptor"] = a.descriptor;
  a.sample.meta_json = meta.dump();
  a.sample.program = std::move(program.text);
  if (options.with_step) a.sample.step = read_step_bytes(*e.shape);
  if (options.with_stl) a.sample.stl = mesh::to_stl_binary(*mesh);
  a.ok = true;
  return a;
}

}  // namespace cadscribe::synth
