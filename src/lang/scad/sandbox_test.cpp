// lang/scad/sandbox_test.cpp — include<> and use<> in a temporary folder: textual include,
// use importing only modules and functions, library paths, and every way out of the sandbox.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "lang/scad/test_util.h"

namespace cadscribe::lang::scad {
namespace {
namespace fs = std::filesystem;

class ScadSandbox : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("scad_sandbox_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "prog" / "sub");
    fs::create_directories(root_ / "lib");
    fs::create_directories(root_ / "outside");
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const fs::path& rel, const std::string& text) {
    std::ofstream(root_ / rel) << text;
  }
  RunReport run_main(const std::string& text, RunOptions o = testing::default_options()) {
    write("prog/main.scad", text);
    return run_file((root_ / "prog" / "main.scad").string(), o);
  }
  fs::path root_;
};

TEST_F(ScadSandbox, IncludeIsTextual) {
  write("prog/sub/part.scad", "p = 3; module part() echo(\"part\", p);");
  RunReport r = run_main("include <sub/part.scad>\necho(p); part(); p = 4;");
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.echo.size(), 2u);
  EXPECT_EQ(r.echo[0], "ECHO: 4");  // the main file's later assignment wins: one scope
  EXPECT_EQ(r.echo[1], "ECHO: \"part\", 4");
}

TEST_F(ScadSandbox, UseImportsOnlyModulesAndFunctions) {
  write("lib/util.scad", "k = 7; function twice(x) = x * 2 + k; module hello() echo(\"hi\", k); echo(\"top\"); cube();");
  RunOptions o = testing::default_options();
  o.library_paths.push_back((root_ / "lib").string());
  RunReport r = run_main("use <util.scad>\necho(twice(1)); hello(); echo(k);", o);
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.echo.size(), 3u);
  EXPECT_EQ(r.echo[0], "ECHO: 9");
  EXPECT_EQ(r.echo[1], "ECHO: \"hi\", 7");
  EXPECT_EQ(r.echo[2], "ECHO: undef");
  EXPECT_EQ(testing::codes(r), "w:runtime.unknown_variable");
  EXPECT_TRUE(r.root.children.back().children.empty());  // the library's cube() is not instantiated
}

TEST_F(ScadSandbox, ParentDirectoryEscapeIsRefused) {
  write("outside/secret.scad", "s = 1;");
  RunReport r = run_main("include <../outside/secret.scad>\necho(s);");
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "io.sandbox_violation");
  EXPECT_EQ(testing::first_error(r)->span.line, 1);
  // The program still runs (and fails): the refused file was not read.
  ASSERT_EQ(r.echo.size(), 1u);
  EXPECT_EQ(r.echo[0], "ECHO: undef");
  RunReport u = run_main("use <../outside/secret.scad>");
  ASSERT_NE(testing::first_error(u), nullptr);
  EXPECT_EQ(testing::first_error(u)->code, "io.sandbox_violation");
}

TEST_F(ScadSandbox, AbsolutePaths) {
  write("outside/secret.scad", "s = 1;");
  RunReport r = run_main("include <" + (root_ / "outside" / "secret.scad").string() + ">");
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "io.sandbox_violation");
  RunReport etc = run_main("include </etc/passwd>");
  ASSERT_NE(testing::first_error(etc), nullptr);
  EXPECT_EQ(testing::first_error(etc)->code, "io.sandbox_violation");
  write("prog/sub/ok.scad", "s = 2;");
  RunReport ok = run_main("include <" + (root_ / "prog" / "sub" / "ok.scad").string() + ">\necho(s);");
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.echo[0], "ECHO: 2");
}

TEST_F(ScadSandbox, SymlinkOutIsRefused) {
  write("outside/secret.scad", "s = 1;");
  fs::create_symlink(root_ / "outside" / "secret.scad", root_ / "prog" / "link.scad");
  RunReport r = run_main("include <link.scad>");
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "io.sandbox_violation");
}

TEST_F(ScadSandbox, MissingFileWarnsAndContinues) {
  RunReport r = run_main("include <nope.scad>\nuse <nope2.scad>\necho(1);");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(testing::codes(r), "w:io.not_found w:io.not_found");
  EXPECT_EQ(r.echo[0], "ECHO: 1");
}

TEST_F(ScadSandbox, FilesDisabled) {
  write("prog/sub/part.scad", "p = 3;");
  RunOptions o = testing::default_options();
  o.allow_files = false;
  RunReport r = run_main("include <sub/part.scad>\necho(p);", o);
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "io.files_disabled");
  RunReport u = run_main("use <sub/part.scad>", o);
  ASSERT_NE(testing::first_error(u), nullptr);
  EXPECT_EQ(testing::first_error(u)->code, "io.files_disabled");
}

TEST_F(ScadSandbox, RecursiveIncludeIsBounded) {
  // A cycle is cut where a file would include one that is already being included (openscad
  // warns and goes on); the main program may include itself once, as in openscad.
  write("prog/a.scad", "include <b.scad>\necho(\"a\");\n");
  write("prog/b.scad", "include <a.scad>\necho(\"b\");\n");
  RunReport r = run_main("include <a.scad>\n");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(testing::codes(r), "w:io.include_cycle");
  ASSERT_EQ(r.echo.size(), 2u);
  EXPECT_EQ(r.echo[0], "ECHO: \"b\"");
  // A chain of distinct files deeper than the limit is refused.
  for (int i = 0; i < 20; ++i)
    write("prog/c" + std::to_string(i) + ".scad", "include <c" + std::to_string(i + 1) + ".scad>\n");
  RunReport deep = run_main("include <c0.scad>\n");
  ASSERT_NE(testing::first_error(deep), nullptr);
  EXPECT_EQ(testing::first_error(deep)->code, "limit.include_depth");
  write("prog/u.scad", "use <u.scad>\nfunction f() = 1;");
  RunReport u = run_main("use <u.scad>\necho(f());");
  EXPECT_TRUE(u.ok());
  EXPECT_EQ(u.echo[0], "ECHO: 1");
}

TEST_F(ScadSandbox, SyntaxErrorInIncludedFileNamesThatFile) {
  write("prog/sub/bad.scad", "x = ;\n");
  RunReport r = run_main("include <sub/bad.scad>\n");
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "syntax.unexpected_token");
  EXPECT_NE(testing::first_error(r)->span.file.find("bad.scad"), std::string::npos);
}

TEST_F(ScadSandbox, ResolveConfinedDirectly) {
  write("prog/sub/x.scad", "");
  write("lib/y.scad", "");
  std::string main = (root_ / "prog" / "main.scad").string();
  std::vector<std::string> libs{(root_ / "lib").string()};
  auto x = resolve_confined("sub/x.scad", main, libs);
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(*x, fs::canonical(root_ / "prog" / "sub" / "x.scad").string());
  auto y = resolve_confined("y.scad", main, libs);
  ASSERT_TRUE(y.ok());
  EXPECT_EQ(*y, fs::canonical(root_ / "lib" / "y.scad").string());
  auto missing = resolve_confined("z.scad", main, libs);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "io.not_found");
  write("outside/s.scad", "");
  auto escape = resolve_confined("../outside/s.scad", main, libs);
  ASSERT_FALSE(escape.ok());
  EXPECT_EQ(escape.error().code, "io.sandbox_violation");
  // The same answer for a file that is not there: existence outside the roots is not revealed.
  auto probe = resolve_confined("../outside/absent.scad", main, libs);
  ASSERT_FALSE(probe.ok());
  EXPECT_EQ(probe.error().code, "io.sandbox_violation");
  auto dir = resolve_confined("sub", main, libs);
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.error().code, "io.not_found");
}

TEST(ScadSandboxRun, TextProgramsHaveNoFolder) {
  // run_program("...", "<string>") must not read the working directory.
  RunReport r = run_program("include <CMakeCache.txt>\ninclude <lang_scad_tests>\n", "<string>",
                            testing::default_options());
  EXPECT_EQ(testing::codes(r), "w:io.not_found w:io.not_found");
}

TEST(ScadSandboxRun, MissingProgramFile) {
  RunReport r = run_file("/nonexistent/dir/x.scad", testing::default_options());
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "io.read_failed");
}

}  // namespace
}  // namespace cadscribe::lang::scad
