#include "layout/total_fit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace brochure {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// TeX's defaults (The TeXbook, chapter 14).
constexpr double kLinePenalty = 10;
constexpr double kDoubleHyphenDemerits = 10000;
constexpr double kFinalHyphenDemerits = 5000;
constexpr double kAdjacentFitnessDemerits = 10000;
// Costs of breaking the rules, in an emergency only: larger than any ordinary total.
constexpr double kOverfullDemerits = 1e14;
constexpr double kHyphenStreakDemerits = 1e10;

using Kind = ParagraphItem::Kind;

/// A feasible break and the best way found to reach it.
struct Node {
    std::size_t position = 0;  ///< index of the break item
    std::size_t line_start = 0;  ///< first item of the line after it
    int fitness = 1;           ///< 0 tight, 1 decent, 2 loose, 3 very loose
    int hyphen_streak = 0;     ///< lines in a row ending with a hyphen, this one included
    double demerits = 0;       ///< total from the start of the paragraph
    int previous = -1;         ///< index of the node this line starts from
};

constexpr std::size_t kFitnessClasses = 4;

int fitness_class(double ratio) {
    if (ratio < -0.5) return 0;
    if (ratio <= 0.5) return 1;
    if (ratio <= 1) return 2;
    return 3;
}

double square(double value) { return value * value; }

bool is_legal_break(const std::vector<ParagraphItem>& items, std::size_t i) {
    const ParagraphItem& item = items[i];
    if (item.kind == Kind::penalty) return item.penalty < kInfinitePenalty;
    return item.kind == Kind::glue && i > 0 && items[i - 1].kind == Kind::box;
}

bool is_forced(const ParagraphItem& item) { return item.kind == Kind::penalty && item.penalty <= -kInfinitePenalty; }

struct LineSums {
    double width_pt = 0, stretch_pt = 0, shrink_pt = 0;
};

/// Running totals of widths, stretch and shrink, so that any line's sums cost two lookups.
class PrefixSums {
public:
    explicit PrefixSums(const std::vector<ParagraphItem>& items) : items_(items), totals_(items.size() + 1) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            totals_[i + 1] = totals_[i];
            if (items[i].kind == Kind::penalty) continue;
            totals_[i + 1].width_pt += items[i].width_pt;
            totals_[i + 1].stretch_pt += items[i].stretch_pt;
            totals_[i + 1].shrink_pt += items[i].shrink_pt;
        }
    }

    /// Sums over the line of items[begin, end) broken at `end`, whose penalty adds its width.
    LineSums line(std::size_t begin, std::size_t end) const {
        LineSums sums{totals_[end].width_pt - totals_[begin].width_pt, totals_[end].stretch_pt - totals_[begin].stretch_pt,
                      totals_[end].shrink_pt - totals_[begin].shrink_pt};
        if (items_[end].kind == Kind::penalty) sums.width_pt += items_[end].width_pt;
        return sums;
    }

private:
    const std::vector<ParagraphItem>& items_;
    std::vector<LineSums> totals_;
};

double ratio_from_sums(LineSums sums, bool last_line, const TotalFitSettings& settings) {
    // Ragged lines are judged by how far they fall short of a comfortable raggedness. A
    // justified line without a space cannot stretch: unless it is the last, it is infinitely
    // bad, so it is only chosen in an emergency (and then set flush left).
    if (settings.ragged) sums = {sums.width_pt, settings.ragged_stretch_pt, 0};
    const double slack_pt = settings.line_width_pt - sums.width_pt;
    // A tiny tolerance keeps rounding from making an exactly full line over- or underfull.
    if (std::fabs(slack_pt) < 1e-9) return 0;
    if (slack_pt > 0) {
        if (last_line) return 0;  // the last line may fall short freely
        return sums.stretch_pt > 0 ? slack_pt / sums.stretch_pt : kInfinity;
    }
    return sums.shrink_pt > 0 ? slack_pt / sums.shrink_pt : -kInfinity;
}

}  // namespace

double badness_of(double ratio) {
    if (std::isinf(ratio)) return kInfinitePenalty;
    const double size = std::fabs(ratio);
    return std::min(100 * size * size * size, kInfinitePenalty);
}

std::size_t line_start_after(const std::vector<ParagraphItem>& items, std::size_t break_index) {
    std::size_t i = break_index + 1;
    while (i < items.size() && items[i].kind != Kind::box) ++i;
    return i;
}

double adjustment_ratio(const std::vector<ParagraphItem>& items, std::size_t begin, std::size_t end,
                        const TotalFitSettings& settings) {
    return ratio_from_sums(PrefixSums(items).line(begin, end), end + 1 == items.size(), settings);
}

std::optional<std::vector<std::size_t>> total_fit_breaks(const std::vector<ParagraphItem>& items,
                                                         const TotalFitSettings& settings) {
    if (items.empty()) return std::vector<std::size_t>{};
    std::vector<Node> nodes{Node{}};  // the start of the paragraph
    std::vector<int> active{0};
    const PrefixSums sums(items);
    // Past the limit, longer streaks cost no more: they need not be told apart.
    const int most_streak = std::max(0, settings.max_hyphenated_in_a_row) + 1;
    const std::size_t streaks = static_cast<std::size_t>(most_streak) + 1;
    // The best new node at a break for each fitness class and hyphen streak, by
    // fitness * streaks + streak; and the starts that stay active. Kept across breaks
    // so that the search allocates only as the paragraph grows.
    std::vector<std::optional<Node>> best(kFitnessClasses * streaks);
    std::vector<int> still_active, overfull_nodes;

    for (std::size_t b = 0; b < items.size(); ++b) {
        if (!is_legal_break(items, b)) continue;
        const ParagraphItem& breaker = items[b];
        const bool forced = is_forced(breaker), last = b + 1 == items.size();
        std::fill(best.begin(), best.end(), std::nullopt);
        still_active.clear();
        overfull_nodes.clear();
        bool found_any = false;

        for (int a : active) {
            const Node& from = nodes[static_cast<std::size_t>(a)];
            const LineSums line = sums.line(from.line_start, b);
            const double ratio = ratio_from_sums(line, last, settings);
            const bool overfull = ratio < -1;
            // Lines only get wider further on: an overfull line stays overfull, so its start
            // is dropped (in an emergency only while others remain, see below).
            if (!forced) (overfull ? overfull_nodes : still_active).push_back(a);
            const double badness = badness_of(ratio);
            if (!settings.emergency && (overfull || badness > settings.tolerance)) continue;

            const int streak = breaker.flagged ? from.hyphen_streak + 1 : 0;
            const bool too_many_hyphens = streak > settings.max_hyphenated_in_a_row;
            if (too_many_hyphens && !settings.emergency) continue;
            double demerits = square(kLinePenalty + badness);
            if (breaker.kind == Kind::penalty && breaker.penalty >= 0) demerits += square(breaker.penalty);
            else if (breaker.kind == Kind::penalty && !forced) demerits -= square(breaker.penalty);
            if (breaker.flagged && from.hyphen_streak > 0) demerits += kDoubleHyphenDemerits;
            if (last && from.hyphen_streak > 0) demerits += kFinalHyphenDemerits;
            const int fitness = fitness_class(ratio);
            if (std::abs(fitness - from.fitness) > 1) demerits += kAdjacentFitnessDemerits;
            if (overfull) {
                const double excess_pt = line.width_pt - (settings.ragged ? 0 : line.shrink_pt) - settings.line_width_pt;
                demerits += kOverfullDemerits * square(1 + excess_pt);
            }
            if (too_many_hyphens) demerits += kHyphenStreakDemerits;

            const int kept_streak = std::min(streak, most_streak);
            const double total = from.demerits + demerits;
            std::optional<Node>& slot =
                best[static_cast<std::size_t>(fitness) * streaks + static_cast<std::size_t>(kept_streak)];
            if (!slot || total < slot->demerits) {
                slot = Node{b, line_start_after(items, b), fitness, kept_streak, total, a};
                found_any = true;
            }
        }

        // Keeping every overfull start in an emergency would make the search quadratic;
        // they are only needed when nothing else can go on.
        if (settings.emergency && still_active.empty() && !found_any) std::swap(still_active, overfull_nodes);
        std::swap(active, still_active);
        for (const std::optional<Node>& node : best) {
            if (!node) continue;
            nodes.push_back(*node);
            active.push_back(static_cast<int>(nodes.size() - 1));
        }
        if (active.empty()) return std::nullopt;
    }

    // Every active node now ends at the final forced break; take the cheapest.
    int chosen = active.front();
    for (int a : active)
        if (nodes[static_cast<std::size_t>(a)].demerits < nodes[static_cast<std::size_t>(chosen)].demerits) chosen = a;
    std::vector<std::size_t> breaks;
    for (int n = chosen; n > 0; n = nodes[static_cast<std::size_t>(n)].previous)
        breaks.push_back(nodes[static_cast<std::size_t>(n)].position);
    return std::vector<std::size_t>(breaks.rbegin(), breaks.rend());
}

}  // namespace brochure
