#pragma once
// Cutting a vertical list into columns: the fullest legal break of a column (TeX's
// \vsplit, with the cost of a break its penalty plus the space it leaves unfilled), and
// columns balanced to the shortest equal height that holds a list.

#include <cstddef>
#include <vector>

#include "layout/vertical_list.hpp"

namespace brochure {

/// Where a column that starts at list[begin] ends.
struct ColumnBreak {
    std::size_t end = 0;   ///< the column holds [begin, end); the next one starts at `end`
    double height_pt = 0;  ///< natural height of what it holds (leading glue dropped)
    bool fits = true;      ///< false when not even the first box fits: the column then holds
                           ///< that box alone (up to the next legal break), too tall
};

/// The break of a column `height_pt` tall that costs least, the cost of a break being its
/// penalty plus the points of column it leaves empty; a break never allowed (penalty at or
/// above kNeverBreak) is never taken. When everything from `begin` on fits, its glue shrunk
/// as far as it may, the column takes it all (and is at most `height_pt` tall).
ColumnBreak break_column(VSpan list, std::size_t begin, double height_pt);

/// `list` cut into columns of one region: stretches of it, where it lies.
struct ColumnFill {
    std::vector<VSpan> columns;  ///< as many as asked for; trailing ones may be empty
    VSpan rest;                  ///< what did not fit, for the next region
    double height_pt = 0;        ///< the columns' common height: the tallest one's natural height
    bool overfull = false;       ///< a piece was taller than a whole column (placed anyway)
};

/// Fills `columns` columns of `height_pt` one after the other, each to its fullest legal
/// break. A column whose first piece does not fit stays empty and the rest waits for the
/// next region, except that with `force_first` the first column takes that piece anyway
/// (overfull): on an empty page, something must be placed.
ColumnFill fill_columns(VSpan list, int columns, double height_pt, bool force_first = false);

/// When `list` fits into `columns` columns of `max_height_pt`, the shortest equal height
/// (to a quarter point) that holds all of it, the columns filled to it; otherwise as
/// fill_columns to `max_height_pt`.
ColumnFill balance_columns(VSpan list, int columns, double max_height_pt, bool force_first = false);

}  // namespace brochure
