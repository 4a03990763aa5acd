// kernel/check_level_test.cpp — the topology-only result check (CheckLevel::kTopology) used after
// booleans, fillets and chamfers still turns broken or empty results into Diags.
#include <BRep_Builder.hxx>
#include <TopExp_Explorer.hxx>

#include "kernel/shape_impl.h"
#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;
using detail::CheckLevel;

// A "solid" whose shell lacks one face of the box: not closed.
TopoDS_Shape open_solid() {
  BRep_Builder b;
  TopoDS_Shell shell;
  b.MakeShell(shell);
  int n = 0;
  for (TopExp_Explorer ex(detail::occ(box(1, 1, 1)), TopAbs_FACE); ex.More(); ex.Next())
    if (n++ > 0) b.Add(shell, ex.Current());
  TopoDS_Solid solid;
  b.MakeSolid(solid);
  b.Add(solid, shell);
  return solid;
}

TEST(CheckLevel, TopologyCheckRejectsOpenShellAndEmptyResults) {
  for (CheckLevel level : {CheckLevel::kTopology, CheckLevel::kFull}) {
    EXPECT_EQ(code_of(detail::checked(open_solid(), "geom.boolean_failed", "test", level)), "geom.boolean_failed");
    EXPECT_EQ(code_of(detail::checked(TopoDS_Shape(), "geom.boolean_failed", "test", level)), "geom.boolean_failed");
    TopoDS_Compound empty;
    BRep_Builder().MakeCompound(empty);
    EXPECT_EQ(code_of(detail::checked(empty, "geom.boolean_failed", "test", level)), "geom.boolean_failed");
    EXPECT_TRUE(detail::checked(detail::occ(box(1, 2, 3)), "geom.boolean_failed", "test", level).ok());
  }
}

}  // namespace
}  // namespace cadscribe::kernel
