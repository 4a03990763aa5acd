// csg/exact_form.cpp — the exact form behind a rounded Solid, and Solid transforms (which carry
// it along). See exact_form.h.
#include "csg/exact_form.h"

#include <CGAL/Polygon_mesh_processing/orientation.h>

namespace cadscribe::csg {
namespace {

using detail::EK;

math::Vec3 apply(const Matrix4& m, const math::Vec3& p) {
  return {m[0] * p.x + m[1] * p.y + m[2] * p.z + m[3], m[4] * p.x + m[5] * p.y + m[6] * p.z + m[7],
          m[8] * p.x + m[9] * p.y + m[10] * p.z + m[11]};
}

double det3(const Matrix4& m) {
  return m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8]) +
         m[2] * (m[4] * m[9] - m[5] * m[8]);
}

void hash_bytes(uint64_t& h, const void* data, size_t n) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 0x100000001b3ull;
  }
}

}  // namespace

namespace detail {

uint64_t fingerprint_of(const Solid& s) {
  uint64_t h = 0xcbf29ce484222325ull;
  if (!s.vertices.empty()) hash_bytes(h, s.vertices.data(), s.vertices.size() * sizeof(s.vertices[0]));
  if (!s.triangles.empty()) hash_bytes(h, s.triangles.data(), s.triangles.size() * sizeof(s.triangles[0]));
  return h;
}

void attach_exact(Solid& s, std::shared_ptr<const EMesh> m) {
  auto form = std::make_shared<ExactForm>();
  form->mesh = std::move(m);
  form->fingerprint = fingerprint_of(s);
  s.exact = std::move(form);
}

std::shared_ptr<const ExactForm> valid_exact_form(const Solid& s) {
  if (!s.exact || !s.exact->mesh || s.exact->fingerprint != fingerprint_of(s)) return nullptr;
  return s.exact;
}

EMesh materialise(const ExactForm& form) {
  EMesh m = *form.mesh;
  if (form.transform) {
    for (auto v : m.vertices()) m.point(v) = form.transform->transform(m.point(v));
    if (form.mirrored) CGAL::Polygon_mesh_processing::reverse_face_orientations(m);
  }
  return m;
}

}  // namespace detail

Solid transformed(const Solid& s, const Matrix4& m) {
  Solid out;
  out.vertices.reserve(s.vertices.size());
  for (const auto& p : s.vertices) out.vertices.push_back(apply(m, p));
  out.triangles = s.triangles;
  if (det3(m) < 0) {
    for (auto& t : out.triangles) std::swap(t[1], t[2]);
  }
  // The exact form follows exactly (the matrix's doubles are exact rationals), when it is valid.
  if (auto form_in = detail::valid_exact_form(s)) {
    const EK::Aff_transformation_3 t(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11]);
    auto form = std::make_shared<ExactForm>();
    form->mesh = form_in->mesh;
    form->transform = form_in->transform ? t * *form_in->transform : t;
    form->mirrored = form_in->mirrored != (det3(m) < 0);
    form->fingerprint = detail::fingerprint_of(out);
    out.exact = std::move(form);
  }
  return out;
}

}  // namespace cadscribe::csg
