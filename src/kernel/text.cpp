// kernel/text.cpp — planar text outlines as faces (Font_BRepFont + Font_BRepTextBuilder, as
// CadQuery's Compound.makeText before extrusion). The font file is given by path (the caller
// bundles one); size is the font's em size in mm. halign: "left" | "center" | "right";
// valign: "bottom" | "center" | "top" (CadQuery's names). Faces lie on the frame's XY plane with
// the pen at the frame origin.
#include <Font_BRepFont.hxx>
#include <Font_BRepTextBuilder.hxx>
#include <TopExp_Explorer.hxx>

#include <filesystem>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::wrap;

Result<std::vector<Shape>> make_text_faces(const std::string& text, double size, const std::string& font_path,
                                           const Frame& frame, const std::string& halign, const std::string& valign) {
  if (!std::isfinite(size) || size <= 0) return invalid("make_text_faces: size must be a finite number > 0");
  if (!detail::frame_ok(frame)) return invalid("make_text_faces: degenerate or non-finite frame");
  Graphic3d_HorizontalTextAlignment h;
  if (halign == "left") h = Graphic3d_HTA_LEFT;
  else if (halign == "center") h = Graphic3d_HTA_CENTER;
  else if (halign == "right") h = Graphic3d_HTA_RIGHT;
  else return invalid("make_text_faces: halign must be \"left\", \"center\" or \"right\", got \"" + halign + "\"");
  Graphic3d_VerticalTextAlignment v;
  if (valign == "bottom") v = Graphic3d_VTA_BOTTOM;
  else if (valign == "center") v = Graphic3d_VTA_CENTER;
  else if (valign == "top") v = Graphic3d_VTA_TOP;
  else return invalid("make_text_faces: valign must be \"bottom\", \"center\" or \"top\", got \"" + valign + "\"");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(font_path, ec))
    return base::make_diag("io.not_found", "make_text_faces: no font file " + font_path);
  return detail::guard("geom.construction_failed", "make_text_faces", [&]() -> Result<std::vector<Shape>> {
    Font_BRepFont font;
    if (!font.Init(NCollection_String(font_path.c_str()), size, 0))
      return base::make_diag("io.read_failed", "make_text_faces: cannot load font " + font_path);
    Font_BRepTextBuilder builder;
    TopoDS_Shape shape = builder.Perform(font, NCollection_String(text.c_str()), detail::ax3(frame), h, v);
    std::vector<Shape> faces;
    for (TopExp_Explorer ex(shape, TopAbs_FACE); ex.More(); ex.Next()) faces.push_back(wrap(ex.Current()));
    return faces;  // empty for blank text
  });
}

}  // namespace cadscribe::kernel
