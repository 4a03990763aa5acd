// lang/py/parser_fstring.cpp — string literals: adjacent-literal concatenation and f-strings.
// An f-string body is split into literal parts (escapes processed unless raw) and replacement
// fields `{expr!conv:spec}`; each field's expression is lexed and parsed by a sub-parser that
// shares this parser's interner, diagnostics and nesting budget, with positions mapped back
// into the enclosing file. `{x=}` is expanded to the text "x=" followed by repr(x).
#include "lang/py/parser_impl.h"

namespace cadscribe::lang::py {

ExprPtr Parser::parse_strings() {
  Pos p = pos_of(peek());
  bool any_f = false;
  std::vector<ExprPtr> parts;
  std::string plain;
  while (peek().kind == Tok::kString || peek().kind == Tok::kFString) {
    const Token& t = next();
    if (t.kind == Tok::kString) {
      plain += t.text;
      continue;
    }
    any_f = true;
    if (!plain.empty()) {
      parts.push_back(make_const(Value::from_str(plain), p));
      plain.clear();
    }
    parse_fstring_into(t, parts);
  }
  Pos full = span(p, last_pos());
  if (!any_f) return make_const(Value::from_str(std::move(plain)), full);
  if (!plain.empty()) parts.push_back(make_const(Value::from_str(plain), p));
  auto f = std::make_unique<Expr>(ExprKind::kFString, full);
  f->items = std::move(parts);
  return f;
}

void Parser::parse_fstring_into(const Token& t, std::vector<ExprPtr>& parts) {
  parse_fstring_body(t.text, t.int_value != 0, t.line, static_cast<int32_t>(t.float_value), parts, 0);
}

void Parser::parse_fstring_body(const std::string& body, bool raw, int32_t line, int32_t col,
                                std::vector<ExprPtr>& parts, int nesting) {
  if (nesting > 2) fail(peek(), "syntax.too_deep", "f-string: expressions nested too deeply");
  std::string lit;
  Pos here{line, col, line, col};
  auto flush = [&]() {
    if (lit.empty()) return;
    parts.push_back(make_const(Value::from_str(raw ? lit : unescape(lit)), here));
    lit.clear();
  };
  auto pos_at = [&](size_t off) {
    int32_t l = line, c = col;
    for (size_t k = 0; k < off && k < body.size(); ++k) {
      if (body[k] == '\n') { ++l; c = 1; } else { ++c; }
    }
    return std::pair<int32_t, int32_t>(l, c);
  };
  auto ferr = [&](size_t off, const std::string& msg) {
    auto [l, c] = pos_at(off);
    throw ParseError{base::make_diag("syntax.bad_fstring", "f-string: " + msg, base::SourceSpan{prog_.file, l, c, l, c + 1})};
  };
  size_t n = body.size();
  size_t i = 0;
  while (i < n) {
    char c = body[i];
    if (c == '{') {
      if (i + 1 < n && body[i + 1] == '{') { lit += '{'; i += 2; continue; }
      flush();
      size_t j = i + 1;
      int depth = 0;
      char quote = 0;
      for (; j < n; ++j) {
        char d = body[j];
        if (quote) { if (d == quote) quote = 0; continue; }
        if (d == '\'' || d == '"') { quote = d; continue; }
        if (d == '(' || d == '[' || d == '{') { ++depth; continue; }
        if ((d == ')' || d == ']' || d == '}') && depth > 0) { --depth; continue; }
        if (depth > 0) continue;
        if (d == '}' || d == ':') break;
        if (d == '!' && j + 1 < n && body[j + 1] != '=') break;
        if (d == '=' && j + 1 < n && (body[j + 1] == '}' || body[j + 1] == '!' || body[j + 1] == ':') &&
            j > i + 1 && std::string_view("=!<>").find(body[j - 1]) == std::string_view::npos)
          break;
      }
      if (j >= n) ferr(i, "expecting '}'");
      std::string expr_text = body.substr(i + 1, j - i - 1);
      if (expr_text.find_first_not_of(" \t\n") == std::string::npos) ferr(i, "empty expression not allowed");
      if (expr_text.find('\\') != std::string::npos) ferr(i, "expression part cannot include a backslash");
      auto [el, ec] = pos_at(i + 1);
      // Parenthesised so leading blanks and newlines inside the field are not indentation.
      LexResult lx = lex("(" + expr_text + ")", prog_.file, el - 1, ec - 2);
      if (!lx.diags.empty()) throw ParseError{lx.diags.front()};
      Parser sub(std::move(lx.tokens), prog_, diags_);
      sub.set_depth(depth_);
      ExprPtr e;
      try {
        e = sub.parse_standalone_expr();
      } catch (ParseError& err) {
        if (err.diag.code == "syntax.too_deep") fatal_ = true;
        throw;
      }
      uint8_t conv = 0;
      if (body[j] == '=') {  // f"{x=}": the source text, then the repr
        lit = expr_text + "=";
        parts.push_back(make_const(Value::from_str(lit), here));
        lit.clear();
        conv = 'r';
        ++j;
      }
      if (j < n && body[j] == '!') {
        if (j + 1 >= n || (body[j + 1] != 'r' && body[j + 1] != 's' && body[j + 1] != 'a'))
          ferr(j, "invalid conversion character: expected 's', 'r', or 'a'");
        conv = static_cast<uint8_t>(body[j + 1] == 'a' ? 'r' : body[j + 1]);
        j += 2;
      }
      ExprPtr spec;
      if (j < n && body[j] == ':') {
        size_t k = j + 1;
        int d = 0;
        for (; k < n; ++k) {
          if (body[k] == '{') ++d;
          else if (body[k] == '}') {
            if (d == 0) break;
            --d;
          }
        }
        if (k >= n) ferr(j, "expecting '}'");
        auto [sl, sc] = pos_at(j + 1);
        auto sp = std::make_unique<Expr>(ExprKind::kFString, Pos{sl, sc, sl, sc});
        parse_fstring_body(body.substr(j + 1, k - j - 1), raw, sl, sc, sp->items, nesting + 1);
        spec = std::move(sp);
        j = k;
      }
      if (j >= n || body[j] != '}') ferr(j, "expecting '}'");
      auto [fl, fc] = pos_at(i);
      auto fv = std::make_unique<Expr>(ExprKind::kFormatted, Pos{fl, fc, fl, fc + static_cast<int32_t>(j - i + 1)});
      fv->a = std::move(e);
      fv->op = conv;
      fv->c = std::move(spec);
      parts.push_back(std::move(fv));
      i = j + 1;
      continue;
    }
    if (c == '}') {
      if (i + 1 < n && body[i + 1] == '}') { lit += '}'; i += 2; continue; }
      ferr(i, "single '}' is not allowed");
    }
    if (c == '\\' && !raw && i + 1 < n) {
      lit += c;
      lit += body[i + 1];
      i += 2;
      continue;
    }
    lit += c;
    ++i;
  }
  flush();
}

}  // namespace cadscribe::lang::py
