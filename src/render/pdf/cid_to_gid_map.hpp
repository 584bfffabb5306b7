#pragma once
// libharu 2.3.0 writes a CIDToGIDMap of 65,535 entries (128 KB) for every UTF-8 font,
// though a brochure uses a few hundred code points at most; compressing those four maps
// was a fifth of the time spent rendering a brochure.

#include <string>

#include "render/pdf/haru_document.hpp"

namespace brochure {

/// Cuts the CIDToGIDMap of `font` (a Type0 font loaded with the UTF-8 encoder, where a
/// CID is a code point) after the entry of `last_code_point`, the highest code point the
/// document shows in it. A CID past the end of the map means glyph 0, as for any CID the
/// font lacks, and the document never shows one. Empty on success, else a one-line reason.
std::string trim_cid_to_gid_map(const HaruDocument& document, HPDF_Font font, char32_t last_code_point);

}  // namespace brochure
