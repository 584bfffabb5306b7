#pragma once
// Font subsets shared by every document of a process. Rendering a batch, most documents
// use the same characters, so each (font file, code points) is subset, and its streams
// deflated, once instead of once per document.

#include <memory>
#include <string>
#include <vector>

#include "fonts/glyph_subset.hpp"

namespace brochure {

/// A subset's two streams as a PDF holds them: its font program (/FontFile2) and its
/// ToUnicode map, each deflated (StreamDeflater).
struct DeflatedFontStreams {
    std::string font_program;
    std::string to_unicode;
};

/// Either a subset and its streams, or a one-line reason why there is none.
struct SubsetLookup {
    std::shared_ptr<const GlyphSubset> subset;
    std::shared_ptr<const DeflatedFontStreams> streams;
    std::string error;  ///< empty when `subset` is set
};

/// The subset of the font at `font_path` holding `code_points` (plus .notdef and the
/// space), from the process-wide cache or made now. Safe to call from several threads; the
/// subset is exactly what make_glyph_subset makes, so output does not depend on the cache.
SubsetLookup shared_font_subset(const std::string& font_path, const std::vector<char32_t>& code_points);

}  // namespace brochure
