#pragma once
// Knuth and Plass's total-fit line breaking: of all the ways to break a paragraph, the one
// whose lines are together the most even, rather than each line filled greedily.

#include <cstddef>
#include <optional>
#include <vector>

#include "layout/paragraph_items.hpp"

namespace brochure {

/// How lines may be set while breaking.
struct TotalFitSettings {
    double line_width_pt = 0;
    bool ragged = false;           ///< glue keeps its natural width; lines are set flush left
    double ragged_stretch_pt = 0;  ///< how short a flush-left line may fall at badness 100
    double tolerance = 100;        ///< highest badness (0 perfect, 100 at full stretch) a line may have
    int max_hyphenated_in_a_row = 2;  ///< lines in a row that may end with a hyphen
    bool emergency = false;        ///< accept any line, the worse at a huge cost, so a result always exists
};

/// Badness of a line whose glue is set at `ratio` of its stretch (> 0) or shrink (< 0):
/// 100·|ratio|³, capped at 10000.
double badness_of(double ratio);

/// The indices into `items` of the breaks of the best way to set them, the last one being
/// the final forced break; nullopt when no way keeps every line within the tolerance
/// (never in an emergency). No more than `max_hyphenated_in_a_row` lines in a row end with
/// a hyphen, except in an emergency where nothing else works. `items` ends with a forced break, or is empty.
std::optional<std::vector<std::size_t>> total_fit_breaks(const std::vector<ParagraphItem>& items,
                                                         const TotalFitSettings& settings);

/// Ratio at which the line of items[begin, end) must set its glue to fill the line,
/// `end` being its break (a penalty there adds its width): > 0 stretches, < 0 shrinks,
/// ±infinity when the line has no glue to change. 0 for a last line that is not too wide.
double adjustment_ratio(const std::vector<ParagraphItem>& items, std::size_t begin, std::size_t end,
                        const TotalFitSettings& settings);

/// Index of the first item of the line after a break at `break_index`: glue and penalties
/// after a break vanish.
std::size_t line_start_after(const std::vector<ParagraphItem>& items, std::size_t break_index);

}  // namespace brochure
