#include "pipeline/candidate_worker.h"

#include <gtest/gtest.h>

#include <chrono>

#include "pipeline/program_mesh.h"
#include "render/render.h"

namespace cadscribe::pipeline {
namespace {

const char* kBox =
    "import cadquery as cq\n"
    "result = cq.Workplane(\"XY\").box(30, 20, 10)\n";
const char* kCylinder =
    "import cadquery as cq\n"
    "result = cq.Workplane(\"XY\").circle(12).extrude(25)\n";
// Runs for ever as far as a 0.5 s watchdog is concerned (the interpreter would stop it at 10 s):
// few steps, each a kernel operation of about a millisecond.
const char* kSpin =
    "import cadquery as cq\n"
    "for i in range(1000000):\n"
    "    part = cq.Workplane().box(1, 1, 1).edges().fillet(0.1)\n";

// The box's own views at 64 pixels, as reconstruction would build them from input images.
CandidateTarget box_target() {
  CandidateTarget t;
  t.rig = render::default_rig();
  t.rig.size = 64;
  auto m = program_mesh(kBox, "box.py", cad::ExecOptions{});
  EXPECT_TRUE(m.ok());
  render::RenderOptions ro;
  ro.supersample = 1;
  for (auto& v : render::render_rig(*m, t.rig, ro)) {
    t.masks.push_back(foreground(v.rgb));
    t.views.push_back(std::move(v.rgb));
  }
  return t;
}

TEST(CandidateWorker, ScoresInTheChildAsInThisProcess) {
  const CandidateTarget target = box_target();
  CandidateWorker worker(target);
  for (const char* program : {kBox, kCylinder}) {
    const CandidateScore child = worker.score(program, 10, 11);
    const EvaluatedCandidate here = evaluate_candidate(target, program, 10);
    ASSERT_FALSE(child.error) << child.error->to_string();
    EXPECT_DOUBLE_EQ(child.agreement.score, here.score.agreement.score);
    EXPECT_DOUBLE_EQ(child.agreement.silhouette_iou, here.score.agreement.silhouette_iou);
  }
  EXPECT_GT(worker.score(kBox, 10, 11).agreement.silhouette_iou, 0.99);
  EXPECT_LT(worker.score(kCylinder, 10, 11).agreement.silhouette_iou, 0.9);
  EXPECT_EQ(worker.timeouts() + worker.crashes(), 0);
}

TEST(CandidateWorker, ReturnsErrorsWithTheirLocation) {
  CandidateWorker worker(box_target());
  const CandidateScore s = worker.score("import cadquery as cq\nresult = cq.Workplane().box(1, 2\n", 10, 11);
  ASSERT_TRUE(s.error);
  EXPECT_EQ(s.error->category(), "syntax");
  EXPECT_EQ(s.error->span.line, 2);
  EXPECT_EQ(worker.score("x = 1\n", 10, 11).error.has_value(), true);  // no result
  EXPECT_EQ(worker.crashes(), 0);
}

TEST(CandidateWorker, StopsAnEvaluationAtItsWallLimitAndCarriesOn) {
  CandidateWorker worker(box_target());
  const auto t0 = std::chrono::steady_clock::now();
  const CandidateScore s = worker.score(kSpin, 10, 0.5);
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(s.error);
  EXPECT_EQ(s.error->code, "limit.time");
  EXPECT_LT(took, 5.0);  // not the interpreter's 10 s: the watchdog stopped it
  EXPECT_EQ(worker.timeouts(), 1);
  // A fresh child takes the next candidate.
  const CandidateScore after = worker.score(kBox, 10, 11);
  ASSERT_FALSE(after.error) << after.error->to_string();
  EXPECT_GT(after.agreement.silhouette_iou, 0.99);
}

TEST(CandidateWorker, SendsBackTheMeshOfTheBestProgram) {
  const CandidateTarget target = box_target();
  CandidateWorker worker(target);
  ASSERT_FALSE(worker.score(kCylinder, 10, 11).error);
  ASSERT_FALSE(worker.score(kBox, 10, 11).error);
  for (const char* program : {kBox, kCylinder}) {  // the kept mesh, then one run again
    auto e = worker.evaluate(program, 10, 11);
    ASSERT_TRUE(e.ok()) << e.error().to_string();
    const EvaluatedCandidate here = evaluate_candidate(target, program, 10);
    EXPECT_EQ(e->mesh.triangles, here.mesh.triangles);
    EXPECT_EQ(e->mesh.positions, here.mesh.positions);
    EXPECT_DOUBLE_EQ(e->score.agreement.score, here.score.agreement.score);
  }
  auto bad = worker.evaluate("result = 1 +\n", 10, 11);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().category(), "syntax");
}

}  // namespace
}  // namespace cadscribe::pipeline
