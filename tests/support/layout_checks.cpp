#include "support/layout_checks.hpp"

#include <cmath>
#include <sstream>
#include <utility>
#include <variant>

namespace brochure::test {

namespace {

constexpr double kRoundingPt = 0.01;

std::string where(std::size_t page, const Rect& rect) {
    std::ostringstream text;
    text << "page " << page + 1 << " at (" << rect.left_pt << ", " << rect.top_pt << ") " << rect.width_pt << " x "
         << rect.height_pt;
    return text.str();
}

// The lines of text of a page: a kerned line is several runs, each after the previous on
// its baseline and overlapping it by at most the kerning (well under 0.2 em): one line.
std::vector<std::pair<Rect, std::string>> text_lines(const Page& page, const FontMetrics& metrics) {
    std::vector<std::pair<Rect, std::string>> lines;
    const TextRun* previous = nullptr;
    for (const Item& item : page.items) {
        const auto* run = std::get_if<TextRun>(&item);
        if (run == nullptr || run->text.empty()) {
            previous = nullptr;
            continue;
        }
        const Rect bounds = bounds_of(item, metrics);
        const bool continues_line = previous != nullptr && previous->baseline_pt == run->baseline_pt &&
                                    previous->size_pt == run->size_pt &&
                                    run->left_pt <= lines.back().first.right_pt() + 1e-9 &&
                                    run->left_pt > lines.back().first.right_pt() - 0.2 * run->size_pt;
        if (continues_line) {
            lines.back().first.width_pt = bounds.right_pt() - lines.back().first.left_pt;
            lines.back().second += run->text;
        } else {
            lines.emplace_back(bounds, run->text);
        }
        previous = run;
    }
    return lines;
}

// The squares of the QR codes: their links are exactly symbol and quiet zone, and exactly
// square (a link over a card's words may be nearly so).
std::vector<Rect> qr_squares(const Page& page) {
    std::vector<Rect> squares;
    for (const Item& item : page.items)
        if (const auto* link = std::get_if<Link>(&item);
            link && std::abs(link->rect.width_pt - link->rect.height_pt) < 1e-6 * link->rect.width_pt)
            squares.push_back(link->rect);
    return squares;
}

}  // namespace

std::vector<std::string> layout_problems(const Document& document, const FontMetrics& metrics, double margin_pt) {
    std::vector<std::string> problems;
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        const Page& page = document.pages[p];
        const Rect live{margin_pt - kRoundingPt, margin_pt - kRoundingPt, page.width_pt - 2 * margin_pt + 2 * kRoundingPt,
                        page.height_pt - 2 * margin_pt + 2 * kRoundingPt};
        const auto lines = text_lines(page, metrics);
        const auto squares = qr_squares(page);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (!live.contains(lines[i].first))
                problems.push_back("'" + lines[i].second + "' leaves the live area, " + where(p, lines[i].first));
            for (std::size_t j = i + 1; j < lines.size(); ++j)
                if (lines[i].first.overlaps(lines[j].first))
                    problems.push_back("'" + lines[i].second + "' and '" + lines[j].second + "' overlap, " +
                                       where(p, lines[i].first));
            for (const Rect& square : squares)
                if (lines[i].first.overlaps(square))
                    problems.push_back("'" + lines[i].second + "' is over a QR code, " + where(p, square));
        }
        for (const Item& item : page.items)
            if (std::holds_alternative<Link>(item) || std::holds_alternative<FilledRects>(item))
                if (const Rect bounds = bounds_of(item, metrics); !live.contains(bounds))
                    problems.push_back("a link or QR code leaves the live area, " + where(p, bounds));
        for (std::size_t i = 0; i < squares.size(); ++i)
            for (std::size_t j = i + 1; j < squares.size(); ++j)
                if (squares[i].overlaps(squares[j])) problems.push_back("two QR codes overlap, " + where(p, squares[i]));
    }
    return problems;
}

}  // namespace brochure::test
