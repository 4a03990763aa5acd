// lang/scad/interpreter.cpp — run_program / run_file: parse (with include splicing), load
// use<>d libraries, evaluate under the budget, and gather echo lines and diagnostics.
// Nothing escapes as an exception: evaluator errors and allocation failure become Diags.
#include "lang/scad/interpreter.h"

#include <cctype>
#include <chrono>
#include <filesystem>
#include <new>
#include <set>

#include "lang/scad/evaluator.h"
#include "lang/scad/parser.h"
#include "lang/scad/sandbox.h"

namespace cadscribe::lang::scad {

const Argument* Node::find(const std::string& arg_name, int position) const {
  for (const auto& a : args)
    if (!a.name.empty() && a.name == arg_name) return &a;
  if (position < 0) return nullptr;
  int k = 0;
  for (const auto& a : args)
    if (a.name.empty() && k++ == position) return &a;
  return nullptr;
}

bool RunReport::ok() const {
  for (const auto& d : diags)
    if (d.severity == base::Severity::kError) return false;
  return true;
}

namespace {

constexpr size_t kMaxLibraries = 64;

struct Loader {
  const RunOptions& options;
  std::vector<std::string> roots;  // the program's folder first, then the library paths

  base::Result<LoadedSource> load(const std::string& requested, const std::string& from) const {
    if (!options.allow_files)
      return base::make_diag("io.files_disabled", "include<" + requested + "> and use<> are disabled here");
    TRY(std::string path, resolve_confined(requested, from, roots));
    TRY(std::string text, read_confined_file(path));
    return LoadedSource{path, std::move(text)};
  }
};

bool is_error(const base::Diag& d) { return d.severity == base::Severity::kError; }

// A font file named in use<> (openscad registers it with fontconfig).
bool is_font_file(const std::string& path) {
  std::string ext = path.size() >= 4 ? path.substr(path.size() - 4) : "";
  for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".pfb";
}

// A file the sandbox refuses to include or use fails the run, but like a file openscad cannot
// open it does not stop the evaluation: the rest of the program still runs, echoes and warns
// (openscad's include-tests names include</>). Syntax errors and the other errors do stop it.
bool stops_evaluation(const base::Diag& d) {
  return is_error(d) && d.code != "io.sandbox_violation" && d.code != "io.files_disabled";
}

// Missing include/use files are warnings in openscad; refusals stay errors.
void soften_missing(base::Diag& d) {
  if (d.code == "io.not_found") d.severity = base::Severity::kWarning;
}

}  // namespace

RunReport run_program(std::string_view source, const std::string& filename, const RunOptions& options) {
  RunReport report;
  report.root.name = "group";
  auto t0 = std::chrono::steady_clock::now();
  try {
    Loader loader{options, {}};
    std::string dir = std::filesystem::path(filename).parent_path().string();
    if (!dir.empty()) loader.roots.push_back(dir);  // "<string>" has no folder to read from
    for (const auto& p : options.library_paths) loader.roots.push_back(p);
    IncludeLoader include = [&](const std::string& req, const std::string& from, const base::SourceSpan&) {
      return loader.load(req, from);
    };
    ParseResult parsed = parse(source, filename, &include);
    for (auto& d : parsed.diags) {
      soften_missing(d);
      report.diags.push_back(std::move(d));
    }
    // use<>: parse each library once (its own use<>s join the list), definitions only.
    std::vector<std::shared_ptr<const File>> libraries;
    std::set<std::string> seen;
    std::vector<std::pair<UseDirective, std::string>> pending;
    // A use<> path is relative to the file that holds it, which may be an included one.
    auto from_of = [](const UseDirective& u, const std::string& dflt) { return u.span.file.empty() ? dflt : u.span.file; };
    for (const auto& u : parsed.file->uses) pending.push_back({u, from_of(u, filename)});
    for (size_t i = 0; i < pending.size(); ++i) {
      const auto& [use, from] = pending[i];
      if (is_font_file(use.path)) {
        // openscad's use<font.ttf> registers a font for text(); it is not a program to parse.
        report.diags.push_back(base::make_diag("unsupported.feature", "use<" + use.path +
                                               ">: fonts are not loaded from use<>; text() uses the installed fonts",
                                               use.span));
        report.diags.back().severity = base::Severity::kWarning;
        continue;
      }
      auto loaded = loader.load(use.path, from);
      if (!loaded) {
        base::Diag d = loaded.error();
        d.span = use.span;
        soften_missing(d);
        report.diags.push_back(std::move(d));
        continue;
      }
      if (!seen.insert(loaded->name).second) continue;
      if (libraries.size() >= kMaxLibraries) {
        report.diags.push_back(base::make_diag("limit.size", "more than 64 used libraries", use.span));
        break;
      }
      ParseResult lib = parse(loaded->text, loaded->name, &include);
      for (auto& d : lib.diags) {
        soften_missing(d);
        report.diags.push_back(std::move(d));
      }
      for (const auto& u : lib.file->uses) pending.push_back({u, from_of(u, loaded->name)});
      libraries.push_back(lib.file);
    }
    report.parse_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    bool failed = false;
    for (const auto& d : report.diags) failed = failed || stops_evaluation(d);
    if (failed) return report;

    auto t1 = std::chrono::steady_clock::now();
    base::Budget budget(options.limits);
    Evaluator ev(options, budget, report, parsed.file);
    try {
      report.root = ev.run(libraries);
    } catch (EvalError& e) {
      report.diags.push_back(std::move(e.diag));
    }
    ev.release_captures();
    report.steps = budget.steps();
    report.eval_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  } catch (const std::bad_alloc&) {
    report.root = Node{};
    report.root.name = "group";
    report.diags.push_back(base::make_diag("limit.memory", "out of memory", base::SourceSpan{filename}));
  }
  return report;
}

RunReport run_file(const std::string& path, const RunOptions& options) {
  auto text = read_confined_file(path);
  if (!text) {
    RunReport report;
    report.root.name = "group";
    base::Diag d = text.error();
    d.span.file = path;
    report.diags.push_back(std::move(d));
    return report;
  }
  return run_program(*text, path, options);
}

}  // namespace cadscribe::lang::scad
