// cad/scad_eval_text.cpp — text(): glyph outlines of a TrueType font, read with FreeType directly
// (as kernel/text.cpp does), flattened and placed as openscad 2021.01 does.
//
// openscad's rules reproduced here: the default font is Liberation Sans (fonts-liberation2), DejaVu
// (and Bitstream Vera, fontconfig's alias for it) are found too;
// "Family:style=Bold" picks the style's file; one em is size/0.72 mm (openscad sets the char size
// so that size ≈ the ascent); each quadratic/cubic curve becomes max(floor(fragments(size)/8)+1, 2)
// segments (fragments by $fn/$fa/$fs with r = size); advances × 1000/1024 × spacing (as openscad's
// come out); halign left/center/right
// shifts by the advance width, valign top/center/bottom/baseline by the glyphs' ascent/descent;
// each glyph is filled even-odd and the glyphs are unioned. Not reproduced: HarfBuzz shaping
// (ligatures, GPOS kerning: FreeType's legacy kern table is used), direction/language/script
// (ltr only; others warn), hinting (outlines are read unscaled, which differs from openscad's
// hinted outlines by ~1e-3 mm). Without FreeType headers at build time text() warns
// unsupported.feature and yields nothing.
#include <cmath>
#include <filesystem>

#include "cad/scad_args.h"
#include "cad/scad_calc.h"
#include "cad/scad_eval.h"
#include "csg/ops.h"

#if __has_include(<ft2build.h>)
#define CADSCRIBE_SCAD_TEXT 1
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#endif

namespace cadscribe::cad::scad {

#ifdef CADSCRIBE_SCAD_TEXT
namespace {

constexpr const char* kLiberationDir = "/usr/share/fonts/truetype/liberation2/";
constexpr const char* kDejaVuDir = "/usr/share/fonts/truetype/dejavu/";

// "Liberation Sans:style=Bold Italic" → the file of that family and style. Families: Liberation
// (fonts-liberation2) and DejaVu (fonts-dejavu-core), with fontconfig's alias of Bitstream Vera
// (DejaVu's ancestor, the same metrics) to DejaVu, which is what openscad finds through fontconfig;
// any other family falls back to Liberation Sans, with a note.
std::string font_file(const std::string& spec, std::string& note) {
  std::string family = spec, style;
  if (auto colon = spec.find(':'); colon != std::string::npos) {
    family = spec.substr(0, colon);
    auto st = spec.find("style=", colon);
    if (st != std::string::npos) style = spec.substr(st + 6);
  }
  auto trim = [](std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    return s;
  };
  family = trim(family);
  style = trim(style);
  const bool bold = style.find("Bold") != std::string::npos;
  const bool italic = style.find("Italic") != std::string::npos || style.find("Oblique") != std::string::npos;
  std::string dejavu;
  if (family == "DejaVu Sans" || family == "Bitstream Vera Sans") dejavu = "DejaVuSans";
  else if (family == "DejaVu Sans Mono" || family == "Bitstream Vera Sans Mono") dejavu = "DejaVuSansMono";
  else if (family == "DejaVu Serif" || family == "Bitstream Vera Serif") dejavu = "DejaVuSerif";
  if (!dejavu.empty()) {
    const char* slant = dejavu == "DejaVuSerif" ? "Italic" : "Oblique";
    const std::string suffix = bold && italic ? std::string("-Bold") + slant : bold ? "-Bold" : italic ? std::string("-") + slant : "";
    return std::string(kDejaVuDir) + dejavu + suffix + ".ttf";
  }
  std::string fam = "Sans";
  if (family.empty() || family == "Liberation Sans") fam = "Sans";
  else if (family == "Liberation Serif") fam = "Serif";
  else if (family == "Liberation Mono") fam = "Mono";
  else if (family == "Liberation Sans Narrow") fam = "SansNarrow";
  else note = "font \"" + family + "\" is not available; using Liberation Sans";
  std::string suffix = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
  return std::string(kLiberationDir) + "Liberation" + fam + "-" + suffix + ".ttf";
}

struct Flattener {
  double scale = 1, dx = 0, dy = 0;  // font units → mm, pen (mm)
  int segments = 2;
  std::vector<std::vector<csg::Point2>> contours;
  csg::Point2 last;
  csg::Point2 at(const FT_Vector* v) const { return {double(v->x) * scale + dx, double(v->y) * scale + dy}; }
  void push(csg::Point2 p) {
    if (contours.back().empty() || !(contours.back().back() == p)) contours.back().push_back(p);
    last = p;
  }
  static int move_to(const FT_Vector* to, void* u) {
    auto* f = static_cast<Flattener*>(u);
    f->contours.emplace_back();
    f->push(f->at(to));
    return 0;
  }
  static int line_to(const FT_Vector* to, void* u) {
    auto* f = static_cast<Flattener*>(u);
    f->push(f->at(to));
    return 0;
  }
  static int conic_to(const FT_Vector* c, const FT_Vector* to, void* u) {
    auto* f = static_cast<Flattener*>(u);
    csg::Point2 p0 = f->last, p1 = f->at(c), p2 = f->at(to);
    for (int i = 1; i <= f->segments; ++i) {
      double t = double(i) / f->segments, s = 1 - t;
      f->push({s * s * p0.x + 2 * s * t * p1.x + t * t * p2.x, s * s * p0.y + 2 * s * t * p1.y + t * t * p2.y});
    }
    return 0;
  }
  static int cubic_to(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* u) {
    auto* f = static_cast<Flattener*>(u);
    csg::Point2 p0 = f->last, p1 = f->at(c1), p2 = f->at(c2), p3 = f->at(to);
    for (int i = 1; i <= f->segments; ++i) {
      double t = double(i) / f->segments, s = 1 - t;
      double a = s * s * s, b = 3 * s * s * t, c = 3 * s * t * t, d = t * t * t;
      f->push({a * p0.x + b * p1.x + c * p2.x + d * p3.x, a * p0.y + b * p1.y + c * p2.y + d * p3.y});
    }
    return 0;
  }
};

struct FtHandles {
  FT_Library lib = nullptr;
  FT_Face face = nullptr;
  ~FtHandles() {
    if (face) FT_Done_Face(face);
    if (lib) FT_Done_FreeType(lib);
  }
};

std::u32string decode_utf8(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (n < 0 || i + size_t(n) >= s.size() + (n == 0 ? 1 : 0)) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = n == 0 ? c : (c & (0x3F >> n));
    bool ok = true;
    for (int k = 1; k <= n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + size_t(k)]);
      ok = ok && (cc >> 6) == 0x2;
      cp = (cp << 6) | (cc & 0x3F);
    }
    out.push_back(ok ? cp : 0xFFFD);
    i += ok ? size_t(n) + 1 : 1;
  }
  return out;
}

}  // namespace
#endif

base::Result<Geom> TreeEvaluator::eval_text(const lang::scad::Node& n) {
  ArgReader a(n, {"text", "size", "font", "halign", "valign", "spacing", "direction", "language", "script"}, diags_);
#ifndef CADSCRIBE_SCAD_TEXT
  a.warn_node("unsupported.feature", "text() needs FreeType, which this build lacks; it yields nothing");
  return Geom::empty_of(2);
#else
  std::string text;
  if (a.has("text")) text = a.string("text").value_or("");  // openscad: a non-string is ""
  double size = a.has("size") ? a.number("size").value_or(10) : 10;
  double spacing = a.has("spacing") ? a.number("spacing").value_or(1) : 1;
  std::string halign = a.has("halign") ? a.string("halign").value_or("left") : "left";
  std::string valign = a.has("valign") ? a.string("valign").value_or("baseline") : "baseline";
  std::string direction = a.has("direction") ? a.string("direction").value_or("ltr") : "ltr";
  std::string font = a.has("font") ? a.string("font").value_or("") : "";
  if (direction != "ltr") a.warn("direction", "only left-to-right text is supported");
  if (text.empty() || !(size > 0)) return Geom::empty_of(2);
  if (text.size() > 100000) return base::make_diag("limit.geometry", "text() of more than 100000 bytes", n.span);
  std::string note;
  const std::string path = font_file(font, note);
  if (!note.empty()) a.warn("font", note);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    a.warn_node("io.not_found", "text(): font file " + path + " not found (install fonts-liberation2 and fonts-dejavu-core)");
    return Geom::empty_of(2);
  }
  FtHandles ft;
  if (FT_Init_FreeType(&ft.lib) != 0 || FT_New_Face(ft.lib, path.c_str(), 0, &ft.face) != 0 ||
      ft.face->units_per_EM == 0) {
    a.warn_node("io.read_failed", "text(): cannot load font " + path);
    return Geom::empty_of(2);
  }
  FT_Face face = ft.face;
  FT_Select_Charmap(face, FT_ENCODING_UNICODE);
  TRY(int frags, fragments(n, size, [](double f) { return f; }));
  Flattener fl;
  fl.segments = std::max(int(std::floor(frags / 8.0 + 1.0)), 2);
  fl.scale = size / 0.72 / double(face->units_per_EM);
  // openscad's pen advances (HarfBuzz positions at its char size) come out 1000/1024 of the
  // font's design advances on this em (measured: H in Liberation Sans advances 0.97950·size in
  // openscad 2021.01 against 1479/2048/0.72·size = 1.00301·size, the same ratio at sizes 1 to
  // 23.3); the outlines themselves match at one em = size/0.72.
  const double advance_scale = fl.scale * 1000.0 / 1024.0;
  const bool kerning = FT_HAS_KERNING(face);
  struct Glyph {
    std::vector<std::vector<csg::Point2>> contours;
  };
  std::vector<Glyph> glyphs;
  double pen = 0, ascend = 0, descend = 0;
  FT_UInt prev = 0;
  for (char32_t c : decode_utf8(text)) {
    FT_UInt gi = FT_Get_Char_Index(face, c);
    if (kerning && prev && gi) {
      FT_Vector k;
      if (FT_Get_Kerning(face, prev, gi, FT_KERNING_UNSCALED, &k) == 0) pen += double(k.x) * advance_scale * spacing;
    }
    prev = gi;
    if (FT_Load_Glyph(face, gi, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) continue;
    FT_GlyphSlot slot = face->glyph;
    if (slot->format == FT_GLYPH_FORMAT_OUTLINE && slot->outline.n_contours > 0) {
      fl.contours.clear();
      fl.dx = pen;
      fl.dy = 0;
      FT_Outline_Funcs funcs{};
      funcs.move_to = &Flattener::move_to;
      funcs.line_to = &Flattener::line_to;
      funcs.conic_to = &Flattener::conic_to;
      funcs.cubic_to = &Flattener::cubic_to;
      if (FT_Outline_Decompose(&slot->outline, &funcs, &fl) == 0) {
        Glyph g;
        for (auto& ct : fl.contours) {
          if (ct.size() > 1 && ct.front() == ct.back()) ct.pop_back();
          if (ct.size() >= 3) {
            for (const auto& p : ct) ascend = std::max(ascend, p.y), descend = std::max(descend, -p.y);
            g.contours.push_back(std::move(ct));
          }
        }
        if (!g.contours.empty()) glyphs.push_back(std::move(g));
      }
    }
    pen += double(slot->advance.x) * advance_scale * spacing;
  }
  // openscad's ascent/descent for valign are in the same 1000/1024 units as its advances (within
  // ~5e-3 mm: it measures grid-fitted glyph boxes).
  ascend *= 1000.0 / 1024.0;
  descend *= 1000.0 / 1024.0;
  double dx = halign == "right" ? -pen : halign == "center" ? -pen / 2 : 0;
  double dy = valign == "top" ? -ascend : valign == "center" ? descend / 2 - ascend / 2 : valign == "bottom" ? descend : 0;
  if (halign != "left" && halign != "right" && halign != "center") a.warn("halign", "unknown alignment");
  if (valign != "top" && valign != "center" && valign != "bottom" && valign != "baseline")
    a.warn("valign", "unknown alignment");
  Geom out = Geom::empty_of(2);
  for (auto& g : glyphs) {
    std::vector<csg::Point2> pts;
    std::vector<std::vector<int64_t>> paths;
    for (const auto& ct : g.contours) {
      std::vector<int64_t> path;
      for (const auto& p : ct) {
        path.push_back(int64_t(pts.size()));
        pts.push_back({p.x + dx, p.y + dy});
      }
      paths.push_back(std::move(path));
    }
    ++csg_ops_;
    csg::Polygon2 poly = csg::polygon_from_paths(pts, paths);
    if (!poly.empty()) out.polys.push_back(std::move(poly));
  }
  return out;
#endif
}

}  // namespace cadscribe::cad::scad
