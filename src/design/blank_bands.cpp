#include "design/blank_bands.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace brochure {

namespace {

// What is measured: the page within 4 % of its edges (crop and trim tolerance).
constexpr double kMeasuredMargin = 0.04;
// Grey level (0 black, 1 white, Rec. 601 weights) at and above which a colour reads as
// paper: the panels' mist is 0.94.
constexpr double kPaperGrey = 235.0 / 255;

bool is_ink(const Color& color) { return 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue < kPaperGrey; }

struct InkVisitor {
    bool operator()(const TextRun& run) const { return !run.text.empty(); }
    bool operator()(const FilledRect& filled) const { return is_ink(filled.color); }
    bool operator()(const FilledRects& filled) const { return is_ink(filled.color); }
    bool operator()(const LineSegment& line) const { return is_ink(line.color); }
    bool operator()(const Link&) const { return false; }
    bool operator()(const PlacedImage&) const { return true; }
};

}  // namespace

double tallest_blank_band(const Page& page, const FontMetrics& metrics) {
    const double top_pt = page.height_pt * kMeasuredMargin;
    const double bottom_pt = page.height_pt * (1 - kMeasuredMargin);
    const double left_pt = page.width_pt * kMeasuredMargin;
    const double right_pt = page.width_pt * (1 - kMeasuredMargin);
    std::vector<std::pair<double, double>> inked;
    for (const Item& item : page.items) {
        if (!std::visit(InkVisitor{}, item)) continue;
        const Rect bounds = bounds_of(item, metrics);
        if (bounds.right_pt() < left_pt || bounds.left_pt > right_pt) continue;
        inked.emplace_back(std::max(top_pt, bounds.top_pt), std::min(bottom_pt, bounds.bottom_pt()));
    }
    std::sort(inked.begin(), inked.end());
    double tallest_pt = 0, reached_pt = top_pt;
    for (const auto& [from_pt, to_pt] : inked) {
        if (to_pt < from_pt) continue;  // outside the measured height
        tallest_pt = std::max(tallest_pt, from_pt - reached_pt);
        reached_pt = std::max(reached_pt, to_pt);
    }
    tallest_pt = std::max(tallest_pt, bottom_pt - reached_pt);
    return tallest_pt / page.height_pt;
}

}  // namespace brochure
