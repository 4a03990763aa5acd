// csg/exact_form.h — INTERNAL to csg: the exact mesh kept behind a rounded Solid (geometry.h's
// Solid::exact). A boolean's result is exact (Epeck); the Solid it returns is rounded to doubles,
// which can make it cross itself by ~1e-15 mm at slivers (openscad's issue1000: a sphere cut in
// two and united again). The exact form lets the next boolean take the unrounded surface instead.
//
// It is the boolean's exact mesh plus the exact composition of the transforms applied to the
// Solid since (translate/rotate/mirror of a boolean result keep it), and the fingerprint of the
// Solid's doubles it belongs to: a Solid edited anywhere else no longer matches and its exact
// form is ignored.
#pragma once

#include <memory>
#include <optional>

#include "csg/cgal_mesh.h"

namespace cadscribe::csg {

struct ExactForm {
  std::shared_ptr<const detail::EMesh> mesh;                  // outward-oriented, closed
  std::optional<detail::EK::Aff_transformation_3> transform;  // applied after `mesh`; none = identity
  bool mirrored = false;                                      // `transform` turns the surface inside out
  uint64_t fingerprint = 0;                                   // of the Solid it was attached to
};

namespace detail {

// FNV-1a over the Solid's vertex coordinates and triangle indices.
[[nodiscard]] uint64_t fingerprint_of(const Solid& s);

// `s` with the exact form `m` attached (s must be from_exact(m), or an approximation of it).
void attach_exact(Solid& s, std::shared_ptr<const EMesh> m);

// The exact form of `s` when it has one and it still belongs to s's doubles, else null.
[[nodiscard]] std::shared_ptr<const ExactForm> valid_exact_form(const Solid& s);

// The exact form's mesh with its transform applied (outward-oriented).
[[nodiscard]] EMesh materialise(const ExactForm& form);

}  // namespace detail
}  // namespace cadscribe::csg
