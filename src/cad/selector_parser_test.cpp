// Unit tests of the pure string-selector parser (no interpreter, no geometry).
#include <gtest/gtest.h>

#include "cad/selector_ast.h"

namespace cadscribe::cad {
namespace {

std::string parsed(std::string_view text) {
  auto r = parse_selector(text);
  if (!r) return "ERROR: " + r.error().message;
  return describe_selector(**r);
}

std::string error_of(std::string_view text) {
  auto r = parse_selector(text);
  if (r) return "parsed: " + describe_selector(**r);
  EXPECT_EQ(r.error().code, "runtime.value_error");
  return r.error().message;
}

TEST(SelectorParser, MinMaxOnAxes) {
  EXPECT_EQ(parsed(">Z"), "max(0,0,1)");
  EXPECT_EQ(parsed("<Z"), "min(0,0,1)");
  EXPECT_EQ(parsed(">X"), "max(1,0,0)");
  EXPECT_EQ(parsed("<Y"), "min(0,1,0)");
}

TEST(SelectorParser, CombinedAxesAreUnnormalised) {
  EXPECT_EQ(parsed(">XY"), "max(1,1,0)");
  EXPECT_EQ(parsed("<XZ"), "min(1,0,1)");
  EXPECT_EQ(parsed("|YZ"), "par(0,1,1)");
}

TEST(SelectorParser, DirectionOperators) {
  EXPECT_EQ(parsed("|Z"), "par(0,0,1)");
  EXPECT_EQ(parsed("#Z"), "perp(0,0,1)");
  EXPECT_EQ(parsed("+Z"), "dir(0,0,1)");
  EXPECT_EQ(parsed("-Z"), "dir(0,0,-1)");
  EXPECT_EQ(parsed("X"), "dir(1,0,0)");  // a bare direction is a DirectionSelector
}

TEST(SelectorParser, VectorDirections) {
  EXPECT_EQ(parsed(">(1,0,1)"), "max(1,0,1)");
  EXPECT_EQ(parsed("|( 0 , -1.5 , 2. )"), "par(0,-1.5,2)");
  EXPECT_EQ(parsed("(0,0,1)"), "dir(0,0,1)");
  EXPECT_EQ(parsed("-(1,0,0)"), "dir(-1,0,0)");
  EXPECT_EQ(parsed("<(+1,2,3)"), "min(1,2,3)");
}

TEST(SelectorParser, Indexing) {
  EXPECT_EQ(parsed(">Z[1]"), "nth((0,0,1),1,max)");
  EXPECT_EQ(parsed("<Z[-2]"), "nth((0,0,1),-2,min)");
  EXPECT_EQ(parsed(">X[ - 3 ]"), "nth((1,0,0),-3,max)");
  EXPECT_EQ(parsed(">Z[0]"), "nth((0,0,1),0,max)");
}

TEST(SelectorParser, CenterNth) {
  EXPECT_EQ(parsed(">>Z"), "center((0,0,1),-1,max)");
  EXPECT_EQ(parsed("<<Y[2]"), "center((0,1,0),2,min)");
  EXPECT_EQ(parsed(">>(1,1,1)[-1]"), "center((1,1,1),-1,max)");
}

TEST(SelectorParser, Types) {
  EXPECT_EQ(parsed("%PLANE"), "type(PLANE)");
  EXPECT_EQ(parsed("%circle"), "type(CIRCLE)");
  EXPECT_EQ(parsed("% Cylinder"), "type(CYLINDER)");
  EXPECT_EQ(parsed("%BSPLINE"), "type(BSPLINE)");
  EXPECT_EQ(parsed("%LINE"), "type(LINE)");
}

TEST(SelectorParser, NamedViews) {
  EXPECT_EQ(parsed("front"), "max(0,0,1)");
  EXPECT_EQ(parsed("back"), "min(0,0,1)");
  EXPECT_EQ(parsed("left"), "min(1,0,0)");
  EXPECT_EQ(parsed("right"), "max(1,0,0)");
  EXPECT_EQ(parsed("top"), "max(0,1,0)");
  EXPECT_EQ(parsed("bottom"), "min(0,1,0)");
}

TEST(SelectorParser, Whitespace) {
  EXPECT_EQ(parsed("  > Z  "), "max(0,0,1)");
  EXPECT_EQ(parsed("\t|X\n"), "par(1,0,0)");
}

TEST(SelectorParser, BooleanOperators) {
  EXPECT_EQ(parsed(">Z and |X"), "and(max(0,0,1),par(1,0,0))");
  EXPECT_EQ(parsed("|X or |Y"), "or(par(1,0,0),par(0,1,0))");
  EXPECT_EQ(parsed("|X exc >Z"), "exc(par(1,0,0),max(0,0,1))");
  EXPECT_EQ(parsed("|X except >Z"), "exc(par(1,0,0),max(0,0,1))");
  EXPECT_EQ(parsed("not #XY"), "not(perp(1,1,0))");
}

TEST(SelectorParser, PrecedenceAndBeforeOrBeforeExc) {
  EXPECT_EQ(parsed("|X or |Y and >Z"), "or(par(1,0,0),and(par(0,1,0),max(0,0,1)))");
  EXPECT_EQ(parsed("|X or |Y exc >Z"), "exc(or(par(1,0,0),par(0,1,0)),max(0,0,1))");
  EXPECT_EQ(parsed("|X and |Y and |Z"), "and(and(par(1,0,0),par(0,1,0)),par(0,0,1))");
}

TEST(SelectorParser, NotBindsLoosest) {
  EXPECT_EQ(parsed("not >Z and |X"), "not(and(max(0,0,1),par(1,0,0)))");
  EXPECT_EQ(parsed("not not >Z"), "not(not(max(0,0,1)))");
}

TEST(SelectorParser, Parentheses) {
  EXPECT_EQ(parsed("(not >X[0] and #XY) or >XY[0]"),
            "or(not(and(nth((1,0,0),0,max),perp(1,1,0))),nth((1,1,0),0,max))");
  EXPECT_EQ(parsed(">Z and (not |X)"), "and(max(0,0,1),not(par(1,0,0)))");
  EXPECT_EQ(parsed("((>Z))"), "max(0,0,1)");
  EXPECT_EQ(parsed("(1,0,0) or (>Z)"), "or(dir(1,0,0),max(0,0,1))");
}

TEST(SelectorParser, DocumentationExamples) {
  EXPECT_EQ(parsed("|Z or <Z"), "or(par(0,0,1),min(0,0,1))");
  EXPECT_EQ(parsed(">Z[-2]"), "nth((0,0,1),-2,max)");
  EXPECT_EQ(parsed("%CIRCLE and >Z"), "and(type(CIRCLE),max(0,0,1))");
}

TEST(SelectorParserErrors, UnknownAxis) {
  std::string m = error_of(">Q");
  EXPECT_NE(m.find("column 2"), std::string::npos) << m;
  EXPECT_NE(m.find("a direction"), std::string::npos) << m;
  EXPECT_NE(m.find("found 'Q'"), std::string::npos) << m;
}

TEST(SelectorParserErrors, Empty) {
  std::string m = error_of("");
  EXPECT_NE(m.find("column 1"), std::string::npos) << m;
  EXPECT_NE(m.find("a selector"), std::string::npos) << m;
  EXPECT_NE(m.find("end of the selector"), std::string::npos) << m;
}

TEST(SelectorParserErrors, TrailingGarbage) {
  std::string m = error_of(">Z foo");
  EXPECT_NE(m.find("column 4"), std::string::npos) << m;
  EXPECT_NE(m.find("an operator (and, or, exc, except)"), std::string::npos) << m;
}

TEST(SelectorParserErrors, DanglingOperator) {
  std::string m = error_of(">Z and");
  EXPECT_NE(m.find("column 7"), std::string::npos) << m;
  EXPECT_NE(m.find("a selector"), std::string::npos) << m;
}

TEST(SelectorParserErrors, BadIndex) {
  std::string m = error_of(">Z[a]");
  EXPECT_NE(m.find("column 4"), std::string::npos) << m;
  EXPECT_NE(m.find("integer index"), std::string::npos) << m;
  m = error_of(">Z[1");
  EXPECT_NE(m.find("column 5"), std::string::npos) << m;
  EXPECT_NE(m.find("']'"), std::string::npos) << m;
  // CadQuery takes no index after the direction operators | # + -.
  m = error_of("|Z[1]");
  EXPECT_NE(m.find("column 3"), std::string::npos) << m;
}

TEST(SelectorParserErrors, BadVector) {
  std::string m = error_of(">(1,0)");
  EXPECT_NE(m.find("column 6"), std::string::npos) << m;
  EXPECT_NE(m.find("','"), std::string::npos) << m;
  m = error_of(">(1,.5,0)");  // pyparsing's number needs a leading digit
  EXPECT_NE(m.find("column 5"), std::string::npos) << m;
  EXPECT_NE(m.find("a number"), std::string::npos) << m;
}

TEST(SelectorParserErrors, UnknownType) {
  std::string m = error_of("%SQUARE");
  EXPECT_NE(m.find("column 2"), std::string::npos) << m;
  EXPECT_NE(m.find("geometry type"), std::string::npos) << m;
}

TEST(SelectorParserErrors, NotAfterAndNeedsParentheses) {
  auto r = parse_selector(">Z and not |X");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("column 8"), std::string::npos) << r.error().message;
  ASSERT_FALSE(r.error().notes.empty());
  EXPECT_NE(r.error().notes[0].find("(not |X)"), std::string::npos);
}

TEST(SelectorParserErrors, UnbalancedParenthesis) {
  std::string m = error_of("(>Z or <Z");
  EXPECT_NE(m.find("column 10"), std::string::npos) << m;
  EXPECT_NE(m.find("')'"), std::string::npos) << m;
}

TEST(SelectorParserErrors, LowercaseAxisIsNotAnAxis) {
  std::string m = error_of(">z");
  EXPECT_NE(m.find("column 2"), std::string::npos) << m;
}

TEST(SelectorParserErrors, NestingIsBounded) {
  std::string deep(5000, '(');
  EXPECT_FALSE(parse_selector(deep).ok());
  std::string nots;
  for (int i = 0; i < 1000; ++i) nots += "not ";
  auto r = parse_selector(nots + ">Z");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("nesting"), std::string::npos) << r.error().message;
  std::string ok_nesting = std::string(50, '(') + ">Z" + std::string(50, ')');
  EXPECT_TRUE(parse_selector(ok_nesting).ok());
}

TEST(SelectorNodes, ClassNames) {
  auto r = parse_selector(">Z[1]");
  ASSERT_TRUE(r.ok());
  EXPECT_STREQ(selector_class_name((*r)->kind), "DirectionNthSelector");
  EXPECT_STREQ(selector_class_name(SelectorKind::kDirectionMinMax), "DirectionMinMaxSelector");
  EXPECT_EQ(describe_selector(*make_box_selector({0, 0, 0}, {1, 2, 3}, true)), "box((0,0,0),(1,2,3),bb)");
}

}  // namespace
}  // namespace cadscribe::cad
