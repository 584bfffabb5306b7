#pragma once
// The vertical material a column is filled with, as TeX's page builder sees it: boxes
// that are never split (a line of text, a chart), glue between them that may stretch
// and shrink, and penalties that say how much breaking there costs.

#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/source_lines.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "layout/line_break.hpp"
#include "layout/text_style.hpp"

namespace brochure {

/// A break cost at or above this never breaks.
inline constexpr double kNeverBreak = 10000;

/// Something placed whole: one line of text, a heading rule, a chart, a row of cards.
struct VBox {
    double height_pt = 0;
    double width_pt = 0;              ///< for overlap checks; may be less than the column's
    std::vector<Item> items;          ///< positioned from the box's top-left corner
    std::vector<std::string> bookmarks;  ///< sections whose outline entries point at this box's top
    std::string field;                   ///< the profile field it shows (for "does not fit")
    SourcePosition position;             ///< where that field is written
};

/// Space between boxes. It vanishes at a break (a column never starts with space).
struct VGlue {
    double natural_pt = 0;
    double stretch_pt = 0;  ///< how much it may grow when a column is spread to its height
    double shrink_pt = 0;   ///< how much it may give up when content would not otherwise fit
};

/// A place where a column may end, at a cost; it vanishes at a break too.
struct VPenalty {
    double cost = 0;  ///< >= kNeverBreak: never here
};

using VItem = std::variant<VBox, VGlue, VPenalty>;
using VList = std::vector<VItem>;
/// A stretch of a VList, seen where it lies: what breaking columns and flowing pages pass
/// around, so that trying a layout copies no box. The list must outlive it.
using VSpan = std::span<const VItem>;

/// Appends every item of `tail` to `list`.
void append(VList& list, const VList& tail);

/// The fewest lines of a paragraph left at the foot of a column (no orphan) or carried
/// to the next (no widow), and the lines a heading keeps with it.
inline constexpr int kMinLinesAtBreak = 2;

/// What breaking a paragraph between two of its lines costs, as much as this many points
/// of column left empty: a column rather ends between paragraphs when that costs less.
inline constexpr double kBreakInsideParagraphCost = 100;

/// `text` broken into lines `width_pt` wide in `style` and `settings`, each line a box of
/// the style's leading, the breaks between lines costing kBreakInsideParagraphCost and those
/// that would leave fewer than kMinLinesAtBreak on either side forbidden. Empty text gives
/// an empty list.
VList paragraph_lines(std::string_view text, const TextStyle& style, double width_pt,
                      const ParagraphSettings& settings, const FontMetrics& metrics);

/// Marks every box of `list` as showing `field`, written at `position`.
VList from_field(VList list, std::string_view field, SourcePosition position);

/// Makes every item of every box of `list` belong to the structure element `tag`.
VList tagged(VList list, StructureId tag);

/// Forbids a break at the first `lines` legal breaks of `list` (a heading keeps the first
/// lines of its text with it). Returns the list.
VList& keep_first_breaks(VList& list, int breaks);

/// Natural height of `list` (boxes and glue at their natural size), and its total stretch
/// and shrink.
struct VMeasure {
    double natural_pt = 0;
    double stretch_pt = 0;
    double shrink_pt = 0;
    double tallest_box_pt = 0;
};
VMeasure measure(VSpan list);

/// `list` placed as a column whose top-left corner is (left_pt, top_pt), its glue spread so
/// that the column is `height_pt` tall when it can be, stretching each glue by at most
/// `max_stretch_ratio` times its stretch (a column that cannot reach the height ends
/// short), or shrunk when the list is taller. Leading glue and penalties are dropped.
struct PlacedColumn {
    std::vector<Item> items;
    std::vector<Bookmark> bookmarks;  ///< page_index left 0: the caller knows the page
    std::vector<Rect> boxes;          ///< where each box went (for overlap checks)
    double height_pt = 0;             ///< the height actually used
};
PlacedColumn place_column(VSpan list, double left_pt, double top_pt, double height_pt,
                          double max_stretch_ratio);

}  // namespace brochure
