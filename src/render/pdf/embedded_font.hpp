#pragma once
// Embedding one face as a composite font (ISO 32000-1, 9.7): a Type 0 font with the
// Identity-H encoding over a CIDFontType2 whose CIDs are the subset's glyph ids
// (/CIDToGIDMap /Identity), its font program, its widths and its ToUnicode map, all
// written as objects of libharu's document.

#include <hpdf.h>

#include <memory>
#include <string>
#include <string_view>

#include "fonts/glyph_subset.hpp"
#include "render/pdf/font_subset_cache.hpp"
#include "render/pdf/haru_document.hpp"

namespace brochure {

/// A face embedded in one document.
struct EmbeddedFont {
    HPDF_Dict dictionary = nullptr;  ///< the Type 0 font, for a page's /Font resources
    std::shared_ptr<const GlyphSubset> subset;
};

/// Writes the font objects of `found`'s subset, with its streams deflated already, into
/// `document` and fills `font`. Empty on success, else a one-line reason.
std::string embed_font(const HaruDocument& document, const SubsetLookup& found, EmbeddedFont& font);

/// The string operand that shows `utf8` in `subset`: a literal string of its glyph ids,
/// two bytes each, big-endian, written as they are but for ( ) \ CR and LF, which are
/// escaped. Half the bytes of a hexadecimal string, for a reader and for the compressor.
/// A character beyond what is set, or missing from the face, is set as the layout
/// measured it (font_units.hpp).
std::string glyph_id_string(const GlyphSubset& subset, std::string_view utf8);

/// How far, in em, a reader moves the text position for `utf8` shown in `subset`: the sum
/// of its glyphs' widths in the font's /W.
double shown_width_em(const GlyphSubset& subset, std::string_view utf8);

}  // namespace brochure
