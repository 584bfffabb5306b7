#include "render/pdf/rects_path.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "render/pdf/page_content.hpp"

namespace brochure {

namespace {

// How far from a whole number of cells an edge may be and still be on the grid: the
// layout's arithmetic leaves errors of about 1e-13 cells; a real misalignment is larger.
constexpr double kGridTolerance = 1e-6;
// The decimals of the cell size and origin in the cm operator: the cell is multiplied by
// up to a few hundred, so it is written more finely than page coordinates are.
constexpr int kGridDecimals = 6;

// `length` in cells, when it is a whole number of them.
std::optional<long> whole_cells(double length, double cell) {
    const double cells = length / cell;
    const double whole = std::round(cells);
    if (std::abs(cells - whole) > kGridTolerance) return std::nullopt;
    return static_cast<long>(whole);
}

// The rectangles in cells from (left, top), or nothing when one is off the grid.
std::optional<std::string> cell_path(const std::vector<Rect>& rects, double left, double top, double cell) {
    std::string path;
    for (const Rect& rect : rects) {
        const auto x = whole_cells(rect.left_pt - left, cell), y = whole_cells(rect.top_pt - top, cell);
        const auto width = whole_cells(rect.width_pt, cell), height = whole_cells(rect.height_pt, cell);
        if (!x || !y || !width || !height) return std::nullopt;
        // A QR code is hundreds of these: the format is compiled, not parsed each time.
        fmt::format_to(std::back_inserter(path), FMT_COMPILE("{} {} {} {} re\n"), *x, *y, *width, *height);
    }
    return path;
}

}  // namespace

std::string filled_rects_operators(const std::vector<Rect>& rects, const PageFrame& frame) {
    if (rects.empty()) return {};
    const auto lowest = std::min_element(rects.begin(), rects.end(),
                                         [](const Rect& a, const Rect& b) { return a.height_pt < b.height_pt; });
    const double cell = lowest->height_pt;
    double left = rects.front().left_pt, top = rects.front().top_pt;
    for (const Rect& rect : rects) left = std::min(left, rect.left_pt), top = std::min(top, rect.top_pt);
    if (cell > 0)
        if (const std::optional<std::string> path = cell_path(rects, left, top, cell)) {
            // Cells run right and down from the group's top-left corner: y is flipped.
            return fmt::format("q {} 0 0 {} {} {} cm\n{}f\nQ\n", pdf_number(cell, kGridDecimals),
                               pdf_number(-cell, kGridDecimals), pdf_number(frame.x(left), kGridDecimals),
                               pdf_number(frame.y(top), kGridDecimals), *path);
        }
    std::string path;
    for (const Rect& rect : rects) {
        const PdfRect area = frame.rect(rect);
        path += fmt::format("{} {} {} {} re\n", pdf_number(area.left_pt), pdf_number(area.bottom_pt),
                            pdf_number(area.width_pt), pdf_number(area.height_pt));
    }
    return path + "f\n";
}

}  // namespace brochure
