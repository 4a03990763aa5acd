// lang/py/object_test.cpp — the native binding interface (value.h, args.h) as cad/ uses it: a
// small test Object with attributes, methods, operators, iteration and subscription; modules
// from a ModuleRegistry; bind_args; CallContext::call of user lambdas; RunOutput contents.
#include <gtest/gtest.h>

#include "lang/py/args.h"
#include "lang/py/containers.h"
#include "lang/py/test_util.h"

namespace cadscribe::lang::py {
namespace {

// A 2D point: p.x, p.y, p.scaled(k), p + q, p * k, k * p, -p, iteration, p[0], ==.
class PointObject : public Object {
 public:
  PointObject(double x, double y) : x(x), y(y) {}
  std::string type_name() const override { return "Point"; }
  Result<Value> get_attr(CallContext& ctx, const std::string& name) override {
    if (name == "x") return Value::from_float(x);
    if (name == "y") return Value::from_float(y);
    if (name == "scaled") {
      auto self = std::static_pointer_cast<PointObject>(shared_from_this());
      return make_native("Point.scaled", [self](CallContext& c, Args& args) -> Result<Value> {
        TRY(auto b, bind_args(c, "Point.scaled", args, {"k", {"dy", Value::from_float(1.0)}}));
        TRY(double k, b.number("k"));
        TRY(double dy, b.number("dy"));
        return Value::from_object(std::make_shared<PointObject>(self->x * k, self->y * k * dy));
      });
    }
    if (name == "each") {
      auto self = std::static_pointer_cast<PointObject>(shared_from_this());
      return make_native("Point.each", [self](CallContext& c, Args& args) -> Result<Value> {
        if (args.positional.size() != 1) return c.error("runtime.type_error", "each() takes one callable");
        Args a1;
        a1.positional.push_back(Value::from_float(self->x));
        TRY(Value rx, c.call(args.positional[0], std::move(a1)));
        Args a2;
        a2.positional.push_back(Value::from_float(self->y));
        TRY(Value ry, c.call(args.positional[0], std::move(a2)));
        if (!rx.is_number() || !ry.is_number()) return c.error("runtime.type_error", "each() callable must return numbers");
        return Value::from_object(std::make_shared<PointObject>(rx.as_double(), ry.as_double()));
      });
    }
    return Object::get_attr(ctx, name);
  }
  std::optional<Result<Value>> binary_op(CallContext& ctx, BinaryOp op, const Value& other, bool reflected) override {
    if (op == BinaryOp::kAdd) {
      auto o = other.object_as<PointObject>();
      if (!o) return std::nullopt;
      return Result<Value>(Value::from_object(std::make_shared<PointObject>(x + o->x, y + o->y)));
    }
    if (op == BinaryOp::kMul && other.is_number()) {
      double k = other.as_double();
      return Result<Value>(Value::from_object(std::make_shared<PointObject>(x * k, y * k)));
    }
    if (op == BinaryOp::kDiv && other.is_number() && !reflected) {
      if (other.as_double() == 0) return Result<Value>(ctx.error("runtime.zero_division", "Point division by zero"));
      return Result<Value>(Value::from_object(std::make_shared<PointObject>(x / other.as_double(), y / other.as_double())));
    }
    return std::nullopt;
  }
  std::optional<Result<Value>> unary_op(CallContext&, UnaryOp op) override {
    if (op != UnaryOp::kNeg) return std::nullopt;
    return Result<Value>(Value::from_object(std::make_shared<PointObject>(-x, -y)));
  }
  std::optional<Result<std::vector<Value>>> iterate(CallContext&) override {
    return Result<std::vector<Value>>(std::vector<Value>{Value::from_float(x), Value::from_float(y)});
  }
  std::optional<Result<Value>> get_item(CallContext& ctx, const Value& key) override {
    if (!key.is_int()) return Result<Value>(ctx.error("runtime.type_error", "Point index must be int"));
    if (key.as_int() == 0) return Result<Value>(Value::from_float(x));
    if (key.as_int() == 1) return Result<Value>(Value::from_float(y));
    return Result<Value>(ctx.error("runtime.index_error", "Point index out of range"));
  }
  bool equals(const Value& other) const override {
    auto o = other.object_as<PointObject>();
    return o && o->x == x && o->y == y;
  }
  std::string repr() const override { return "Point(" + Value::from_float(x).repr() + ", " + Value::from_float(y).repr() + ")"; }
  double x, y;
};

ModuleRegistry geo_registry() {
  ModuleRegistry reg;
  reg.add("geo", [] {
    auto m = std::make_shared<ModuleObject>("geo");
    m->set("Point", make_native("geo.Point", [](CallContext& c, Args& args) -> Result<Value> {
      TRY(auto b, bind_args(c, "Point", args, {{"x", Value::from_float(0)}, {"y", Value::from_float(0)}}));
      TRY(double x, b.number("x"));
      TRY(double y, b.number("y"));
      return Value::from_object(std::make_shared<PointObject>(x, y));
    }));
    m->set("origin", Value::from_object(std::make_shared<PointObject>(0, 0)));
    m->set("fail", make_native("geo.fail", [](CallContext& c, Args&) -> Result<Value> {
      return c.error("geom.boolean_failed", "the boolean operation failed");
    }));
    m->set("collect", make_native("geo.collect", [](CallContext& c, Args& args) -> Result<Value> {
      TRY(auto b, bind_args(c, "collect", args, {"first", "*rest", "**opts"}));
      return Value::from_tuple({b.get("first"), b.get("rest"), b.get("opts")});
    }));
    return Value::from_object(m);
  });
  return reg;
}

testing::Outcome run_geo(const std::string& src) {
  ModuleRegistry reg = geo_registry();
  return testing::run_src(src, {}, &reg);
}

TEST(ObjectInterface, ConstructAttributesAndRepr) {
  auto o = run_geo("import geo\np = geo.Point(1, 2.5)\nprint(p, p.x, p.y, geo.origin)\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "Point(1.0, 2.5) 1.0 2.5 Point(0.0, 0.0)\n");
}

TEST(ObjectInterface, KeywordsAndDefaultsViaBindArgs) {
  auto o = run_geo("from geo import Point\nprint(Point(y=3), Point(1).scaled(2), Point(1, 1).scaled(k=2, dy=0.5))\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "Point(0.0, 3.0) Point(2.0, 0.0) Point(2.0, 1.0)\n");
}

TEST(ObjectInterface, BindArgsErrors) {
  auto a = run_geo("import geo\ngeo.Point(1, 2, 3)\n");
  EXPECT_EQ(a.code, "runtime.type_error");
  EXPECT_EQ(a.message, "Point() takes 2 positional arguments but 3 were given");
  auto b = run_geo("import geo\ngeo.Point(z=1)\n");
  EXPECT_EQ(b.message, "Point() got an unexpected keyword argument 'z'");
  auto c = run_geo("import geo\ngeo.Point('a')\n");
  EXPECT_EQ(c.message, "Point() argument 'x' must be a number, not str");
  auto d = run_geo("import geo\ngeo.origin.scaled()\n");
  EXPECT_EQ(d.message, "Point.scaled() missing required argument 'k'");
  auto e = run_geo("import geo\ngeo.Point(1, x=2)\n");
  EXPECT_EQ(e.message, "Point() got multiple values for argument 'x'");
}

TEST(ObjectInterface, StarParams) {
  auto o = run_geo("import geo\nprint(geo.collect(1, 2, 3, a=4))\nprint(geo.collect(0))\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "(1, (2, 3), {'a': 4})\n(0, (), {})\n");
}

TEST(ObjectInterface, Operators) {
  auto o = run_geo("from geo import Point\np = Point(1, 2)\nq = Point(3, 4)\nprint(p + q, p * 2, 2 * p, -p, p / 2, p == Point(1, 2), p != q)\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "Point(4.0, 6.0) Point(2.0, 4.0) Point(2.0, 4.0) Point(-1.0, -2.0) Point(0.5, 1.0) True True\n");
}

TEST(ObjectInterface, UnsupportedOperatorIsTypeError) {
  auto o = run_geo("from geo import Point\nx = Point(1, 2) - 1\n");
  EXPECT_EQ(o.code, "runtime.type_error");
  EXPECT_EQ(o.message, "unsupported operand type(s) for -: 'Point' and 'int'");
  auto z = run_geo("from geo import Point\nx = Point(1, 2) / 0\n");
  EXPECT_EQ(z.code, "runtime.zero_division");
  EXPECT_EQ(z.diag.span.line, 2);
}

TEST(ObjectInterface, IterationUnpackingSubscript) {
  auto o = run_geo("from geo import Point\np = Point(5, 6)\nx, y = p\nprint(x, y, list(p), p[1], [c * 2 for c in p], 5.0 in p, len(p))\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "5.0 6.0 [5.0, 6.0] 6.0 [10.0, 12.0] True 2\n");
  auto bad = run_geo("from geo import Point\nPoint()[7]\n");
  EXPECT_EQ(bad.code, "runtime.index_error");
}

TEST(ObjectInterface, CallbackIntoUserCode) {
  auto o = run_geo("from geo import Point\nscale = 3\ndef f(v):\n    return v * scale\nprint(Point(1, 2).each(f), Point(1, 2).each(lambda v: -v))\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "Point(3.0, 6.0) Point(-1.0, -2.0)\n");
}

TEST(ObjectInterface, ErrorInCallbackPropagatesWithTraceback) {
  auto o = run_geo("from geo import Point\ndef f(v):\n    return 1 / 0\nPoint(1, 2).each(f)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "runtime.zero_division");
  EXPECT_EQ(o.diag.span.line, 3);
  EXPECT_EQ(o.diag.notes.back(), "File \"prog.py\", line 3, in f");
}

TEST(ObjectInterface, ExceptionClassSurvivesNativeCallback) {
  auto o = run_geo(
      "from geo import Point\n"
      "def f(v):\n"
      "    raise KeyError('inner')\n"
      "try:\n"
      "    Point(1, 2).each(f)\n"
      "except KeyError as e:\n"
      "    print('caught', repr(e))\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "caught KeyError('inner')\n");
}

TEST(ObjectInterface, NativeErrorsGetCallSiteSpan) {
  auto o = run_geo("import geo\nx = 1\ny = geo.fail()\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "geom.boolean_failed");
  EXPECT_EQ(o.diag.span.line, 3);
  EXPECT_EQ(o.diag.span.col, 9);  // the method name: `fail` in `geo.fail()`
  // In a multi-line chain the error sits on the line of the failing method.
  auto chain = run_geo("import geo\ny = (geo\n     .fail())\n");
  ASSERT_FALSE(chain.ok);
  EXPECT_EQ(chain.diag.span.line, 3);
  EXPECT_EQ(chain.diag.span.col, 7);
  // Geometry failures are ordinary exceptions to the program.
  auto c = run_geo("import geo\ntry:\n    geo.fail()\nexcept Exception as e:\n    print('recovered:', e)\n");
  ASSERT_TRUE(c.ok) << c.diag.to_string();
  EXPECT_EQ(c.printed, "recovered: the boolean operation failed\n");
}

TEST(ObjectInterface, IsinstanceWithNativeConstructor) {
  auto o = run_geo("import geo\nprint(isinstance(geo.Point(), geo.Point), isinstance(1, geo.Point), type(geo.origin))\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "True False <class 'Point'>\n");
}

TEST(ObjectInterface, AttributeErrorsAndReadOnly) {
  auto o = run_geo("import geo\ngeo.origin.z\n");
  EXPECT_EQ(o.code, "runtime.attribute_error");
  EXPECT_EQ(o.message, "'Point' object has no attribute 'z'");
  auto w = run_geo("import geo\ngeo.origin.x = 5\n");
  EXPECT_EQ(w.code, "runtime.attribute_error");
}

TEST(ObjectInterface, ModulesAreCachedAndAliased) {
  auto o = run_geo("import geo\nimport geo as g2\nprint(geo is g2, geo)\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "True <module 'geo'>\n");
}

TEST(RunOutput, ShowObjectAndResultSelection) {
  auto o = run_geo("import geo\np = geo.Point(1, 1)\nshow_object(p, name='part', options={'color': 'red'})\nshow_object(geo.origin)\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  const RunOutput& out = *o.report.output;
  ASSERT_EQ(out.shown.size(), 2u);
  EXPECT_EQ(out.shown[0].repr(), "Point(1.0, 1.0)");
  ASSERT_NE(out.result(), nullptr);
  EXPECT_EQ(out.result()->repr(), "Point(0.0, 0.0)");

  auto r = testing::run_src("r = 2\nresult = 1\nshow_object(3)\n");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.report.output->result()->repr(), "1");
  auto r2 = testing::run_src("r = 2\nshow_object(3)\n");
  EXPECT_EQ(r2.report.output->result()->repr(), "2");
  auto r3 = testing::run_src("x = 2\n");
  EXPECT_EQ(r3.report.output->result(), nullptr);
}

TEST(RunOutput, GlobalsInOrderOfFirstAssignment) {
  auto o = testing::run_src("b = 1\na = 2\nb = 3\ndef f():\n    pass\nimport math\nfor i in range(2):\n    pass\n");
  ASSERT_TRUE(o.ok);
  std::vector<std::string> names;
  for (auto& [k, v] : o.report.output->globals) names.push_back(k);
  EXPECT_EQ(names, (std::vector<std::string>{"b", "a", "f", "math", "i"}));
  EXPECT_EQ(o.report.output->globals[0].second.repr(), "3");
  EXPECT_GE(o.report.parse_seconds, 0.0);
  EXPECT_GE(o.report.eval_seconds, 0.0);
}

TEST(ValueApi, ReprAndStr) {
  EXPECT_EQ(Value::from_float(0.1).repr(), "0.1");
  EXPECT_EQ(Value::from_float(1.0).str(), "1.0");
  EXPECT_EQ(Value::from_float(1e16).repr(), "1e+16");
  EXPECT_EQ(Value::from_float(1e-5).repr(), "1e-05");
  EXPECT_EQ(Value::from_float(-1.5e-7).repr(), "-1.5e-07");
  EXPECT_EQ(Value::from_float(123456789012345.6).repr(), "123456789012345.6");
  EXPECT_EQ(Value::from_str("it's").repr(), "\"it's\"");
  EXPECT_EQ(Value::from_str("x").str(), "x");
  EXPECT_EQ(Value::from_tuple({Value::from_int(1)}).repr(), "(1,)");
  EXPECT_EQ(Value::from_list({Value(), Value::from_bool(true)}).repr(), "[None, True]");
  EXPECT_EQ(Value().type_name(), "NoneType");
}

TEST(ValueApi, EqualityAndHashing) {
  EXPECT_TRUE(values_equal(Value::from_int(1), Value::from_float(1.0)));
  EXPECT_TRUE(values_equal(Value::from_bool(true), Value::from_int(1)));
  EXPECT_FALSE(values_equal(Value::from_str("1"), Value::from_int(1)));
  EXPECT_EQ(*hash_value(Value::from_int(1)), *hash_value(Value::from_float(1.0)));
  EXPECT_FALSE(hash_value(Value::from_list({})).has_value());
  auto d = make_dict_data();
  d->set(Value::from_str("a"), Value::from_int(1));
  d->set(Value::from_int(2), Value::from_int(2));
  d->set(Value::from_float(2.0), Value::from_int(3));
  EXPECT_EQ(d->size(), 2u);
  EXPECT_EQ(d->find(Value::from_int(2))->as_int(), 3);
  EXPECT_TRUE(d->erase(Value::from_str("a"), *hash_value(Value::from_str("a"))));
  EXPECT_EQ(d->size(), 1u);
  EXPECT_EQ(d->find(Value::from_bool(true)), nullptr);
}

TEST(ValueApi, MoveLeavesNone) {
  Value a = Value::from_str("payload");
  Value b = std::move(a);
  EXPECT_TRUE(a.is_none());  // NOLINT(bugprone-use-after-move): documented behaviour
  EXPECT_EQ(b.as_str(), "payload");
}

TEST(ValueApi, CallableAndTruthiness) {
  EXPECT_TRUE(make_native("f", [](CallContext&, Args&) -> Result<Value> { return Value(); }).is_callable());
  EXPECT_FALSE(Value::from_int(3).is_callable());
  EXPECT_FALSE(Value::from_str("").truthy());
  EXPECT_TRUE(Value::from_tuple({Value()}).truthy());
}

}  // namespace
}  // namespace cadscribe::lang::py
