#pragma once
// Cutting a TrueType font down to the glyphs a document shows, for embedding as a
// CIDFontType2 whose character codes are the subset's glyph ids (/CIDToGIDMap /Identity).
//
// The font program keeps only the tables a PDF reader draws glyphs with: glyf, loca, head,
// hhea, hmtx and maxp. A reader never looks up a character in an embedded CIDFontType2's
// cmap, and hinting (fpgm, prep, cvt and the glyphs' instructions) is for screens at small
// pixel sizes, which readers rasterise without.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace brochure {

/// What a PDF font descriptor says of a face (ISO 32000-1, 9.8), in 1/1000 em.
struct FaceDescription {
    std::string postscript_name;  ///< only characters a PDF name holds unescaped
    int ascent = 0;
    int descent = 0;  ///< negative below the baseline
    int cap_height = 0;
    int stem_v = 0;  ///< estimated from the weight: fonts do not record it
    double italic_angle = 0;  ///< degrees, negative when leaning right
    int bbox[4] = {0, 0, 0, 0};  ///< x min, y min, x max, y max
    bool fixed_pitch = false;
    bool italic = false;
};

/// Code points up to Latin Extended-B, looked up directly in a subset.
inline constexpr char32_t kLatinCodePoints = 0x250;

/// A subset of one face: glyph 0 is .notdef, then the glyphs of the code points asked
/// for (and of any composite glyph's parts) in the source font's order.
struct GlyphSubset {
    std::string font_program;  ///< the TrueType file, for /FontFile2
    /// Each code point the subset shows and its glyph in the subset, sorted by code point.
    std::vector<std::pair<char32_t, std::uint16_t>> glyph_of_code_point;
    /// The same for the code points below kLatinCodePoints, indexed by code point (0 for
    /// none): drawing looks up every character shown, and nearly all are Latin.
    std::vector<std::uint16_t> glyph_of_latin_code_point;
    /// Each glyph's advance in 1/1000 em, floored as the layout measures it, by glyph id.
    std::vector<std::int64_t> advance_milli_em;
    FaceDescription face;

    /// The subset's glyph for `code_point`; 0 (.notdef) when it has none.
    std::uint16_t glyph_for(char32_t code_point) const;
};

/// Makes in `subset` the subset of the font at `source_path` (already accepted by
/// check_font_file) holding the glyphs of `code_points` and of the space. Empty on
/// success, else a one-line reason.
std::string make_glyph_subset(const std::string& source_path, const std::vector<char32_t>& code_points,
                              GlyphSubset& subset);

}  // namespace brochure
