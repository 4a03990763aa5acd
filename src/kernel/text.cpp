// kernel/text.cpp — planar text outlines as faces, read with FreeType directly (no TKService/TKV3d:
// those drag ~35 shared libraries — X11, FreeImage, OpenEXR — into every process at start-up).
//
// Semantics follow CadQuery's Compound.makeText before extrusion: the text is laid out as OCCT's
// Font_BRepTextBuilder does by default (pen at x = 0 at the start of every line, the last line's
// baseline at y = 0, lines one font line-spacing apart, advance + kerning between glyphs), then the
// whole block is shifted by its bounding-box size: halign "center" by -width/2, "right" by -width;
// valign "center" by -height/2, "top" by -height ("left" / "bottom" leave it as laid out).
// Units: size is the em height in mm (Font_BRepFont's convention: glyph outlines are scaled by
// size / units_per_EM). Faces lie on the frame's XY plane, normals along the frame's z.
// Glyph contours become wires of lines and quadratic/cubic Bézier edges (exact, no approximation)
// and are nested into faces with holes per glyph by the same code as make_faces().
#include <BRepBuilderAPI_MakeEdge.hxx>
#include <BRepBuilderAPI_MakeVertex.hxx>
#include <BRepBuilderAPI_MakeWire.hxx>
#include <BRepGProp_Face.hxx>
#include <Geom_BezierCurve.hxx>
#include <TColgp_Array1OfPnt.hxx>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include FT_BBOX_H

#include <filesystem>
#include <limits>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::wrap;

namespace {

// Owns an FT_Library and one FT_Face (FreeType objects are not thread-safe: one per call).
struct FtFont {
  FT_Library lib = nullptr;
  FT_Face face = nullptr;
  ~FtFont() {
    if (face) FT_Done_Face(face);
    if (lib) FT_Done_FreeType(lib);
  }
};

// Decodes UTF-8; malformed bytes become U+FFFD so a bad string still lays out.
std::u32string utf8_decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (n < 0 || i + n >= s.size() + (n == 0)) {  // a stray or truncated sequence
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = n == 0 ? c : (c & (0x3F >> n));
    bool ok = true;
    for (int k = 1; k <= n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    out.push_back(ok ? cp : 0xFFFD);
    i += ok ? n + 1 : 1;
  }
  return out;
}

// One glyph outline in text units (font units with the pen offset applied), as contours of
// segments: each segment is its poles (2 = line, 3 = quadratic, 4 = cubic Bézier).
using Pole = std::pair<double, double>;
using Segment = std::vector<Pole>;
using Contour = std::vector<Segment>;

struct Decomposer {
  double dx = 0, dy = 0;  // pen position (font units)
  std::vector<Contour> contours;
  Pole last{0, 0};

  Pole at(const FT_Vector* v) const { return {double(v->x) + dx, double(v->y) + dy}; }
  void add(Segment seg) {
    if (seg.front() == seg.back()) {
      bool all_same = true;
      for (const auto& p : seg) all_same = all_same && p == seg.front();
      // A point, a zero-length line, or a quadratic that runs out and back: nothing to bound.
      if (all_same || seg.size() <= 3) {
        last = seg.back();
        return;
      }
    }
    last = seg.back();
    contours.back().push_back(std::move(seg));
  }
  static int move_to(const FT_Vector* to, void* user) {
    auto* d = static_cast<Decomposer*>(user);
    d->contours.emplace_back();
    d->last = d->at(to);
    return 0;
  }
  static int line_to(const FT_Vector* to, void* user) {
    auto* d = static_cast<Decomposer*>(user);
    d->add({d->last, d->at(to)});
    return 0;
  }
  static int conic_to(const FT_Vector* c, const FT_Vector* to, void* user) {
    auto* d = static_cast<Decomposer*>(user);
    d->add({d->last, d->at(c), d->at(to)});
    return 0;
  }
  static int cubic_to(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
    auto* d = static_cast<Decomposer*>(user);
    d->add({d->last, d->at(c1), d->at(c2), d->at(to)});
    return 0;
  }
};

// Twice the signed area of the contour's control polygon: near zero for slivers that enclose nothing.
double control_area2(const Contour& c) {
  double a = 0;
  for (const auto& seg : c)
    for (size_t i = 0; i + 1 < seg.size(); ++i) a += seg[i].first * seg[i + 1].second - seg[i + 1].first * seg[i].second;
  return a;
}

// One drawn glyph. Contours are nested into faces per glyph, not across the whole text: the
// nesting tests every pair of wires with a face classifier, quadratic in the number of wires.
struct Placed {
  std::vector<Contour> contours;  // font units, pen applied
};

}  // namespace

Result<std::vector<Shape>> make_text_faces(const std::string& text, double size, const std::string& font_path,
                                           const Frame& frame, const std::string& halign, const std::string& valign) {
  if (!std::isfinite(size) || size <= 0) return invalid("make_text_faces: size must be a finite number > 0");
  if (!detail::frame_ok(frame)) return invalid("make_text_faces: degenerate or non-finite frame");
  if (halign != "left" && halign != "center" && halign != "right")
    return invalid("make_text_faces: halign must be \"left\", \"center\" or \"right\", got \"" + halign + "\"");
  if (valign != "bottom" && valign != "center" && valign != "top")
    return invalid("make_text_faces: valign must be \"bottom\", \"center\" or \"top\", got \"" + valign + "\"");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(font_path, ec))
    return base::make_diag("io.not_found", "make_text_faces: no font file " + font_path);

  FtFont ft;
  if (FT_Init_FreeType(&ft.lib) != 0) return base::make_diag("io.read_failed", "make_text_faces: FreeType init failed");
  if (FT_New_Face(ft.lib, font_path.c_str(), 0, &ft.face) != 0 || !FT_IS_SCALABLE(ft.face) ||
      ft.face->units_per_EM == 0)
    return base::make_diag("io.read_failed", "make_text_faces: cannot load font " + font_path);
  FT_Face face = ft.face;
  FT_Select_Charmap(face, FT_ENCODING_UNICODE);  // best effort: fonts without one keep their default
  const double scale = size / double(face->units_per_EM);
  const double line_spacing = double(face->height);
  const bool kerning = FT_HAS_KERNING(face);

  // Lay out in font units: lines split on '\n', the last line's baseline at y = 0.
  std::u32string chars = utf8_decode(text);
  int lines = 1;
  for (char32_t c : chars) lines += c == U'\n';
  std::vector<Placed> glyphs;
  double pen_x = 0, pen_y = (lines - 1) * line_spacing;
  FT_UInt prev = 0;
  double xmin = std::numeric_limits<double>::infinity(), ymin = xmin, xmax = -xmin, ymax = -xmin;
  for (char32_t c : chars) {
    if (c == U'\n') {
      pen_x = 0;
      pen_y -= line_spacing;
      prev = 0;
      continue;
    }
    if (c == U'\r') continue;
    int repeat = c == U'\t' ? 4 : 1;  // a tab is four spaces wide
    if (c == U'\t') c = U' ';
    FT_UInt gi = FT_Get_Char_Index(face, c);
    if (kerning && prev && gi) {
      FT_Vector k;
      if (FT_Get_Kerning(face, prev, gi, FT_KERNING_UNSCALED, &k) == 0) pen_x += double(k.x);
    }
    if (FT_Load_Glyph(face, gi, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0)
      return base::make_diag("io.read_failed", "make_text_faces: cannot load a glyph from " + font_path);
    FT_GlyphSlot slot = face->glyph;
    if (slot->format == FT_GLYPH_FORMAT_OUTLINE && slot->outline.n_contours > 0) {
      Decomposer d;
      d.dx = pen_x;
      d.dy = pen_y;
      FT_Outline_Funcs funcs{};
      funcs.move_to = &Decomposer::move_to;
      funcs.line_to = &Decomposer::line_to;
      funcs.conic_to = &Decomposer::conic_to;
      funcs.cubic_to = &Decomposer::cubic_to;
      if (FT_Outline_Decompose(&slot->outline, &funcs, &d) != 0)
        return base::make_diag("io.read_failed", "make_text_faces: bad glyph outline in " + font_path);
      FT_BBox bb;
      FT_Outline_Get_BBox(&slot->outline, &bb);  // exact extent of the curves, not their poles
      Placed p;
      for (auto& contour : d.contours)  // drop contours that enclose (almost) nothing
        if (contour.size() >= 2 && std::abs(control_area2(contour)) > 1e-6 * double(face->units_per_EM) * face->units_per_EM)
          p.contours.push_back(std::move(contour));
      if (!p.contours.empty()) {
        xmin = std::min(xmin, bb.xMin + pen_x);
        xmax = std::max(xmax, bb.xMax + pen_x);
        ymin = std::min(ymin, bb.yMin + pen_y);
        ymax = std::max(ymax, bb.yMax + pen_y);
        glyphs.push_back(std::move(p));
      }
    }
    pen_x += double(slot->advance.x) * repeat;
    prev = gi;
  }
  if (glyphs.empty()) return std::vector<Shape>{};  // blank text

  // CadQuery's alignment: shift by the bounding box's size, measured from the laid-out position.
  double tx = 0, ty = 0;  // mm
  if (halign == "center") tx = -(xmax - xmin) * scale / 2;
  else if (halign == "right") tx = -(xmax - xmin) * scale;
  if (valign == "center") ty = -(ymax - ymin) * scale / 2;
  else if (valign == "top") ty = -(ymax - ymin) * scale;

  return detail::guard("geom.construction_failed", "make_text_faces", [&]() -> Result<std::vector<Shape>> {
    const gp_Ax3 ax = detail::ax3(frame);
    const gp_XYZ o = ax.Location().XYZ(), xd = ax.XDirection().XYZ(), yd = ax.YDirection().XYZ();
    auto to3d = [&](const Pole& p) { return gp_Pnt(o + xd * (p.first * scale + tx) + yd * (p.second * scale + ty)); };
    std::vector<Shape> out;
    for (const auto& g : glyphs) {
      std::vector<Shape> wires;
      for (const auto& contour : g.contours) {
        const TopoDS_Vertex first = BRepBuilderAPI_MakeVertex(to3d(contour.front().front()));
        TopoDS_Vertex cur = first;
        BRepBuilderAPI_MakeWire mw;
        for (size_t i = 0; i < contour.size(); ++i) {
          const Segment& seg = contour[i];
          bool closes = i + 1 == contour.size() && seg.back() == contour.front().front();
          TopoDS_Vertex next = closes ? first : TopoDS_Vertex(BRepBuilderAPI_MakeVertex(to3d(seg.back())));
          TopoDS_Edge e;
          if (seg.size() == 2) {
            e = BRepBuilderAPI_MakeEdge(cur, next);
          } else {
            TColgp_Array1OfPnt poles(1, static_cast<int>(seg.size()));
            for (size_t k = 0; k < seg.size(); ++k) poles.SetValue(static_cast<int>(k) + 1, to3d(seg[k]));
            e = BRepBuilderAPI_MakeEdge(Handle(Geom_BezierCurve)(new Geom_BezierCurve(poles)), cur, next);
          }
          mw.Add(e);
          if (!mw.IsDone()) return base::make_diag("geom.construction_failed", "make_text_faces: glyph contour not connected");
          cur = next;
        }
        if (!cur.IsSame(first)) {  // FreeType closes contours itself; close a stray gap with a line
          mw.Add(BRepBuilderAPI_MakeEdge(cur, first));
          if (!mw.IsDone()) return base::make_diag("geom.construction_failed", "make_text_faces: glyph contour not closed");
        }
        wires.push_back(wrap(mw.Wire()));
      }
      TRY(auto faces, detail::collect_faces(wires, "make_text_faces"));
      for (TopoDS_Face f : faces) {
        // The wire's winding decides make_faces' plane normal: turn every face to the frame's z.
        BRepGProp_Face prop(f);
        double u0, u1, v0, v1;
        prop.Bounds(u0, u1, v0, v1);
        gp_Pnt p;
        gp_Vec n;
        prop.Normal((u0 + u1) / 2, (v0 + v1) / 2, p, n);
        if (n.XYZ().Dot(ax.Direction().XYZ()) < 0) f.Reverse();
        out.push_back(wrap(f));
      }
    }
    return out;
  });
}

}  // namespace cadscribe::kernel
