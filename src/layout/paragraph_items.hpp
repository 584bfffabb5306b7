#pragma once
// A paragraph turned into Knuth and Plass's boxes, glue and penalties: the material the
// total-fit line breaker chooses its breaks from.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "layout/font_metrics.hpp"
#include "layout/hyphenation.hpp"

namespace brochure {

/// A penalty at or above this never breaks; at or below its negative always does.
inline constexpr double kInfinitePenalty = 10000;

/// One element of a paragraph.
struct ParagraphItem {
    enum class Kind { box, glue, penalty };
    Kind kind = Kind::box;
    std::size_t begin = 0;  ///< box: first byte of its text in ParagraphItems::text
    std::size_t end = 0;    ///< box: one past its last byte
    double width_pt = 0;    ///< box: its width; glue: the natural space; penalty: the hyphen drawn if the line ends here
    double stretch_pt = 0;  ///< glue: how much wider it may grow in a justified line
    double shrink_pt = 0;   ///< glue: how much narrower it may get (keeping at least 0.2 em)
    double penalty = 0;     ///< penalty: aesthetic cost of breaking here, ±kInfinitePenalty for never/always
    bool flagged = false;   ///< penalty: a line ending here ends with a hyphen (added or written)
};

/// Breaking here costs as much as a hyphen: TeX's \hyphenpenalty and \exhyphenpenalty.
inline constexpr double kHyphenPenalty = 50;

/// A paragraph as a list of items, ending with a forced break.
struct ParagraphItems {
    std::string text;                  ///< the paragraph, whitespace runs made one space, trimmed
    std::vector<ParagraphItem> items;  ///< empty when the text is
    bool has_emergency_cuts = false;   ///< a piece wider than the line had to be cut where no rule allows it
};

/// The items of `paragraph` set in `face` at `size_pt` for lines `line_width_pt` wide.
/// Spaces become glue, breakable where UAX #14 (for language `lang`) allows. A word may
/// also break where UAX #14 allows inside it (after "-" or "/"), and, when `hyphenator` is
/// not null, at its hyphenation points, adding a hyphen (except the paragraph's last word). A piece still wider than the line
/// is cut after its last '/', '.' or '-' that fits, else after its last fitting character.
ParagraphItems paragraph_items(std::string_view paragraph, FontFace face, double size_pt, double line_width_pt,
                               std::string_view lang, const Hyphenator* hyphenator, const FontMetrics& metrics);

}  // namespace brochure
