// kernel/step/step_plugin.cpp — the STEP plug-in (see step_plugin.h for why it is one): STEP AP214
// export with byte-stable output and STEP import, over OCCT's STEPControl.
// STEP's static setup (STEPControl_Controller::Init registers the whole AP214 schema) runs here,
// once, on the first STEP call: never at process start-up.
#include "kernel/step/step_plugin.h"

#include <APIHeaderSection_MakeHeader.hxx>
#include <IFSelect_ReturnStatus.hxx>
#include <Interface_Static.hxx>
#include <STEPControl_Controller.hxx>
#include <STEPControl_Reader.hxx>
#include <STEPControl_Writer.hxx>
#include <Standard_Failure.hxx>
#include <StepBasic_Product.hxx>
#include <StepData_StepModel.hxx>
#include <TCollection_HAsciiString.hxx>
#include <TopoDS_Shape.hxx>

#include <exception>
#include <filesystem>
#include <mutex>

namespace {

void init_step() {
  static std::once_flag once;
  std::call_once(once, [] {
    STEPControl_Controller::Init();
    Interface_Static::SetCVal("write.step.schema", "AP214IS");
    Interface_Static::SetCVal("write.step.unit", "MM");
    Interface_Static::SetIVal("write.precision.mode", 0);
  });
}

// Runs fn() returning an error text ("" = success), turning exceptions into text.
template <typename Fn>
int guarded(std::string* error, Fn&& fn) {
  std::string msg;
  try {
    init_step();
    msg = fn();
  } catch (const Standard_Failure& e) {
    msg = std::string(e.GetMessageString() ? e.GetMessageString() : "") + " (" + e.DynamicType()->Name() + ")";
  } catch (const std::exception& e) {
    msg = e.what();
  } catch (...) {
    msg = "unknown exception";
  }
  if (msg.empty()) return 0;
  if (error) *error = msg;
  return 1;
}

}  // namespace

extern "C" int cadscribe_step_write(const TopoDS_Shape* shape, const char* path, std::string* error) {
  return guarded(error, [&]() -> std::string {
    STEPControl_Writer w;
    if (w.Transfer(*shape, STEPControl_AsIs) != IFSelect_RetDone) return "shape could not be translated to STEP";
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
    if (w.Write(path) != IFSelect_RetDone) return std::string("cannot write ") + path;
    return "";
  });
}

extern "C" int cadscribe_step_read(const char* path, TopoDS_Shape* out, std::string* error) {
  return guarded(error, [&]() -> std::string {
    STEPControl_Reader r;
    if (r.ReadFile(path) != IFSelect_RetDone) return std::string("cannot parse ") + path;
    r.TransferRoots();
    *out = r.OneShape();
    if (out->IsNull()) return std::string("no shape in ") + path;
    return "";
  });
}
