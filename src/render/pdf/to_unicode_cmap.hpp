#pragma once
// A correct ToUnicode CMap for fonts loaded through libharu's UTF-8 encoder.
//
// With that encoder a character code is the BMP code point itself, so the ToUnicode map
// is the identity. libharu 2.3.0 writes it with `begincidrange`, which is not allowed in
// a ToUnicode CMap (readers warn, and stricter ones may give up on text extraction).

#include <hpdf.h>

#include <string>

#include "render/pdf/haru_document.hpp"

namespace brochure {

/// The text of an identity ToUnicode CMap over the Basic Multilingual Plane (surrogate
/// code units excluded), written with `bfrange` as the PDF specification requires.
std::string identity_to_unicode_cmap();

/// Replaces the ToUnicode stream libharu made for `font` (a Type 0 font loaded with the
/// UTF-8 encoder) with identity_to_unicode_cmap(). Empty on success, else a reason.
std::string replace_to_unicode_cmap(const HaruDocument& document, HPDF_Font font);

}  // namespace brochure
