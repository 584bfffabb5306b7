#include "layout/column_break.hpp"

#include <algorithm>
#include <limits>
#include <optional>

namespace brochure {

namespace {

// Rounding must not turn a list that exactly fills a column into one that does not.
constexpr double kFitTolerancePt = 1e-6;
// Balancing stops when the shortest height that holds the list is known this closely.
constexpr double kBalancePrecisionPt = 0.25;

bool is_discardable(const VItem& item) { return !std::holds_alternative<VBox>(item); }

std::size_t first_box_from(VSpan list, std::size_t index) {
    while (index < list.size() && is_discardable(list[index])) ++index;
    return index;
}

// The cost of breaking at list[i], or nothing when no break is allowed there.
std::optional<double> break_cost(VSpan list, std::size_t i) {
    if (const auto* penalty = std::get_if<VPenalty>(&list[i]))
        return penalty->cost < kNeverBreak ? std::optional<double>(penalty->cost) : std::nullopt;
    if (std::holds_alternative<VGlue>(list[i]) && i > 0 && std::holds_alternative<VBox>(list[i - 1])) return 0.0;
    return std::nullopt;
}

}  // namespace

ColumnBreak break_column(VSpan list, std::size_t begin, double height_pt) {
    const std::size_t start = first_box_from(list, begin);
    double natural_pt = 0, shrink_pt = 0;
    std::optional<ColumnBreak> best;
    double best_cost = std::numeric_limits<double>::infinity();
    bool overfull = false;
    for (std::size_t i = start; i < list.size() && !overfull; ++i) {
        if (i > start) {
            if (const auto cost = break_cost(list, i)) {
                // Past this, even with all its glue shrunk, the column only gets taller.
                overfull = natural_pt - shrink_pt > height_pt + kFitTolerancePt;
                if (overfull) break;
                const double total = *cost + (height_pt - natural_pt);
                if (natural_pt <= height_pt + kFitTolerancePt && total <= best_cost) {  // ties go to the fuller column
                    best_cost = total;
                    best = ColumnBreak{i, natural_pt, true};
                }
            }
        }
        if (const auto* box = std::get_if<VBox>(&list[i])) {
            natural_pt += box->height_pt;
        } else if (const auto* glue = std::get_if<VGlue>(&list[i])) {
            natural_pt += glue->natural_pt;
            shrink_pt += glue->shrink_pt;
        }
    }
    // Everything fits, its glue shrunk if need be (trailing glue does not count): the
    // column takes it all. Only the end of a list may shrink glue: a column that breaks
    // has more to come, and fills at its natural size.
    double trailing_pt = 0, trailing_shrink_pt = 0;
    for (std::size_t end = list.size(); end > start && is_discardable(list[end - 1]); --end)
        if (const auto* glue = std::get_if<VGlue>(&list[end - 1])) {
            trailing_pt += glue->natural_pt;
            trailing_shrink_pt += glue->shrink_pt;
        }
    const double all_pt = natural_pt - trailing_pt;
    if (!overfull && all_pt - (shrink_pt - trailing_shrink_pt) <= height_pt + kFitTolerancePt)
        return ColumnBreak{list.size(), std::min(all_pt, height_pt), true};
    if (best) return *best;
    // Not even the first piece fits: it goes in alone, up to the first break allowed.
    double forced_pt = 0;
    std::size_t end = start;
    for (; end < list.size(); ++end) {
        if (end > start && break_cost(list, end)) break;
        if (const auto* box = std::get_if<VBox>(&list[end])) forced_pt += box->height_pt;
        else if (const auto* glue = std::get_if<VGlue>(&list[end])) forced_pt += glue->natural_pt;
    }
    return ColumnBreak{end, forced_pt, false};
}

ColumnFill fill_columns(VSpan list, int columns, double height_pt, bool force_first) {
    ColumnFill fill;
    std::size_t next = 0;
    bool stopped = false;
    for (int c = 0; c < columns; ++c) {
        const std::size_t begin = first_box_from(list, next);
        if (begin >= list.size() || stopped) {
            fill.columns.emplace_back();
            continue;
        }
        const ColumnBreak cut = break_column(list, begin, height_pt);
        if (!cut.fits && !(c == 0 && force_first)) {
            stopped = true;
            fill.columns.emplace_back();
            continue;
        }
        fill.overfull = fill.overfull || !cut.fits;
        fill.columns.push_back(list.subspan(begin, cut.end - begin));
        fill.height_pt = std::max(fill.height_pt, cut.height_pt);
        next = cut.end;
    }
    const std::size_t rest = first_box_from(list, next);
    if (rest < list.size()) fill.rest = list.subspan(rest);
    return fill;
}

ColumnFill balance_columns(VSpan list, int columns, double max_height_pt, bool force_first) {
    const auto holds_all = [&](double height_pt) {
        const ColumnFill fill = fill_columns(list, columns, height_pt);
        return fill.rest.empty() && !fill.overfull;
    };
    if (!holds_all(max_height_pt)) return fill_columns(list, columns, max_height_pt, force_first);
    const VMeasure sums = measure(list);
    double low_pt = std::max(sums.tallest_box_pt, (sums.natural_pt - sums.shrink_pt) / columns) - kBalancePrecisionPt;
    double high_pt = max_height_pt;
    while (high_pt - low_pt > kBalancePrecisionPt) {
        const double middle_pt = (low_pt + high_pt) / 2;
        (holds_all(middle_pt) ? high_pt : low_pt) = middle_pt;
    }
    return fill_columns(list, columns, high_pt);
}

}  // namespace brochure
