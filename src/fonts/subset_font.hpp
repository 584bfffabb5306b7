#pragma once
// Cutting a TrueType font down to the characters a document uses, so that the embedded
// font costs a few kilobytes instead of the whole file.

#include <string>
#include <vector>

namespace brochure {

/// Writes to `target_path` a subset of the font at `source_path` (already accepted by
/// check_font_file) holding the glyphs of `code_points`, plus .notdef and the space.
/// Advances, hinting and the tables libharu needs are kept, so text set in the subset is
/// placed exactly as in the full font. Empty on success, else a one-line reason.
std::string subset_font_to_file(const std::string& source_path,
                                const std::vector<char32_t>& code_points,
                                const std::string& target_path);

}  // namespace brochure
