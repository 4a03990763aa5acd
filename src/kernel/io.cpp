// kernel/io.cpp — STEP (AP214), BREP and binary STL export, STEP import, and silencing OCCT.
// OCCT prints banners and statistics to stdout through its default messenger; libraries must not
// print, so every reader/writer first removes the messenger's printers (silence_occt, once).
// STEP files get a fixed header time stamp so the same shape writes byte-identical files.
#include <APIHeaderSection_MakeHeader.hxx>
#include <BRepTools.hxx>
#include <IFSelect_ReturnStatus.hxx>
#include <Interface_Static.hxx>
#include <Message.hxx>
#include <Message_Messenger.hxx>
#include <STEPControl_Controller.hxx>
#include <STEPControl_Reader.hxx>
#include <STEPControl_Writer.hxx>
#include <StepBasic_Product.hxx>
#include <StepData_StepModel.hxx>
#include <TCollection_HAsciiString.hxx>

#include <filesystem>
#include <mutex>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::occ;
using detail::wrap;

void silence_occt() {
  static std::once_flag once;
  std::call_once(once, [] {
    try {
      Message::DefaultMessenger()->ChangePrinters().Clear();
      STEPControl_Controller::Init();
      Interface_Static::SetCVal("write.step.schema", "AP214IS");
      Interface_Static::SetCVal("write.step.unit", "MM");
      Interface_Static::SetIVal("write.precision.mode", 0);
    } catch (...) {
      // Silencing is best effort; writers still work without it.
    }
  });
}

Status write_step(const Shape& shape, const std::string& path) {
  if (shape.is_null()) return invalid("write_step: null shape");
  silence_occt();
  return detail::guard("io.write_failed", "write_step", [&]() -> Status {
    STEPControl_Writer w;
    if (w.Transfer(occ(shape), STEPControl_AsIs) != IFSelect_RetDone)
      return base::make_diag("io.write_failed", "write_step: shape could not be translated to STEP");
    // OCCT numbers products per process ("cadscribe 2", "cadscribe 3"...): pin the names so the
    // same shape always writes the same file.
    Handle(StepData_StepModel) model = w.Model();
    for (int i = 1; i <= model->NbEntities(); ++i) {
      Handle(StepBasic_Product) product = Handle(StepBasic_Product)::DownCast(model->Value(i));
      if (product.IsNull()) continue;
      product->SetId(new TCollection_HAsciiString("cadscribe"));
      product->SetName(new TCollection_HAsciiString("cadscribe"));
    }
    APIHeaderSection_MakeHeader header(model);
    header.SetTimeStamp(new TCollection_HAsciiString("1970-01-01T00:00:00"));
    header.SetName(new TCollection_HAsciiString(std::filesystem::path(path).filename().string().c_str()));
    if (w.Write(path.c_str()) != IFSelect_RetDone)
      return base::make_diag("io.write_failed", "write_step: cannot write " + path);
    return base::ok_status();
  });
}

Status write_brep(const Shape& shape, const std::string& path) {
  if (shape.is_null()) return invalid("write_brep: null shape");
  silence_occt();
  return detail::guard("io.write_failed", "write_brep", [&]() -> Status {
    if (!BRepTools::Write(occ(shape), path.c_str()))
      return base::make_diag("io.write_failed", "write_brep: cannot write " + path);
    return base::ok_status();
  });
}

Status write_stl(const Shape& shape, const std::string& path, double linear_tol) {
  TRY(mesh::Mesh m, tessellate(shape, linear_tol));
  return mesh::write_stl_binary(m, path);
}

Result<Shape> read_step(const std::string& path) {
  silence_occt();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return base::make_diag("io.not_found", "read_step: no such file " + path);
  return detail::guard("io.read_failed", "read_step", [&]() -> Result<Shape> {
    STEPControl_Reader r;
    if (r.ReadFile(path.c_str()) != IFSelect_RetDone)
      return base::make_diag("io.read_failed", "read_step: cannot parse " + path);
    r.TransferRoots();
    TopoDS_Shape s = r.OneShape();
    if (s.IsNull()) return base::make_diag("io.read_failed", "read_step: no shape in " + path);
    return wrap(s);
  });
}

}  // namespace cadscribe::kernel
