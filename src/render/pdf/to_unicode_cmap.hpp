#pragma once
// The ToUnicode CMap of an embedded font whose character codes are its subset's glyph ids:
// what text each glyph stands for, so that text can be extracted, searched and read aloud.

#include <string>

#include "fonts/glyph_subset.hpp"

namespace brochure {

/// The text of a ToUnicode CMap (ISO 32000-1, 9.10.3) mapping each glyph of `subset` that
/// a code point shows to that code point, as two-byte codes. A glyph several code points
/// share (a space and a no-break space, say) maps to the lowest of them.
std::string to_unicode_cmap(const GlyphSubset& subset);

}  // namespace brochure
