// The tri-fold leaflet and the booklet, checked on the Document with the project's fonts:
// panel widths, what stays clear of the folds, the imposition order for 4, 8 and 12
// pages, the marks outside the trim, and the cutting of items at a sheet's shared edges.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <variant>

#include "design/layout_brochure.hpp"
#include "design/press_sheets.hpp"
#include "fonts/truetype_metrics.hpp"
#include "layout/clip_item.hpp"
#include "model/load_profile.hpp"
#include "support/files.hpp"
#include "support/layout_checks.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

constexpr double kTolerancePt = 0.01;
// Nothing printed may come closer than this to a fold.
constexpr double kFoldClearancePt = pt_from_mm(4);

const TrueTypeMetrics& metrics() {
    static const TrueTypeMetrics instance(project_fonts());
    return instance;
}

Profile loaded(const std::string& text, const std::string& name) {
    const LoadResult result = load_profile_from_text(text, name);
    std::string messages;
    for (const Diagnostic& diagnostic : result.diagnostics) messages += diagnostic.message + "\n";
    INFO(messages << text);
    REQUIRE(result.profile.has_value());
    return *result.profile;
}

const Profile& sample() {
    static const Profile profile = loaded(sample_profile_text(), "nato.yaml");
    return profile;
}

std::vector<std::string> errors_of(const LayoutResult& result) {
    std::vector<std::string> errors;
    for (const Diagnostic& diagnostic : result.diagnostics)
        if (diagnostic.severity == Severity::error) errors.push_back(diagnostic.message);
    return errors;
}

LayoutResult laid_out(const Profile& profile, BrochureFormat format, const PageSpec& paper, int pages = 0) {
    return layout_brochure(profile, metrics(), paper, nullptr, pages, {}, format);
}

// The folios ("Page 3 of 8") of a page, by their numbers.
std::set<int> folios_on(const Page& page) {
    std::set<int> folios;
    for (const Item& item : page.items)
        if (const auto* run = std::get_if<TextRun>(&item))
            if (run->text.rfind("Page ", 0) == 0) folios.insert(std::stoi(run->text.substr(5)));
    return folios;
}

// What a booklet's sheets give when they are stacked in order, folded once and read:
// the leaves of the first half are the sheets' right halves, front then back of each
// sheet from the outermost in; those of the second half their left halves, back then
// front, from the innermost out. Each entry is (side index, 0 left or 1 right).
std::vector<std::pair<std::size_t, int>> reading_order_of_folded(std::size_t sheets) {
    std::vector<std::pair<std::size_t, int>> order;
    for (std::size_t sheet = 0; sheet < sheets; ++sheet) {
        order.emplace_back(2 * sheet, 1);      // the front's right half
        order.emplace_back(2 * sheet + 1, 0);  // behind it, the back's left half
    }
    for (std::size_t sheet = sheets; sheet-- > 0;) {
        order.emplace_back(2 * sheet + 1, 1);  // the back's right half
        order.emplace_back(2 * sheet, 0);      // behind it, the front's left half
    }
    return order;
}

// A profile with `videos` videos, and the sample's other fields.
std::string with_videos(std::size_t videos) {
    std::string text = sample_profile_text();
    const std::size_t at = text.find("\nvideos:");
    REQUIRE(at != std::string::npos);
    std::string list = "\nvideos:\n";
    for (std::size_t i = 0; i < videos; ++i)
        list += "  - title: Video number " + std::to_string(i + 1) + "\n    url: https://example.org/video/" +
                std::to_string(i + 1) + "\n    caption: A caption long enough to take two lines of a card\n";
    // The sample's own list ends where the next top-level key starts.
    std::size_t end = text.find("\n", at + 1);
    while (end != std::string::npos && end + 1 < text.size() && (text[end + 1] == ' ' || text[end + 1] == '\n'))
        end = text.find("\n", end + 1);
    text.replace(at, (end == std::string::npos ? text.size() : end) - at, list.substr(0, list.size() - 1));
    return text;
}

}  // namespace

TEST_CASE("a leaflet's panels are 100, 100 and 97 mm on A4, the fold-in panel 3 mm narrower on Letter too",
          "[layout][formats]") {
    CHECK(mm_from_pt(trifold_panel_width_pt(kA4Paper)) == Approx(100).margin(0.01));
    CHECK(mm_from_pt(trifold_fold_in_width_pt(kA4Paper)) == Approx(97).margin(0.01));
    const double letter_gap_mm =
        mm_from_pt(trifold_panel_width_pt(kLetterPaper) - trifold_fold_in_width_pt(kLetterPaper));
    CHECK(letter_gap_mm == Approx(3).margin(0.01));
    CHECK(2 * trifold_panel_width_pt(kLetterPaper) + trifold_fold_in_width_pt(kLetterPaper) ==
          Approx(kLetterPaper.height_pt));
}

TEST_CASE("a leaflet's sheet puts the flap, back and front outside, the three inside panels inside",
          "[layout][formats]") {
    const PageSpec paper = print_page_spec(kA4Paper);
    const std::vector<SheetSide> sides = press_sheet_sides(BrochureFormat::trifold, paper, 6);
    REQUIRE(sides.size() == 2);
    const auto pages_of = [](const SheetSide& side) {
        std::vector<std::size_t> pages;
        for (const PagePlacement& placement : side.pages) pages.push_back(placement.page);
        return pages;
    };
    // Reader pages: 0 front cover, 1 flap, 2 to 4 inside, 5 back cover.
    CHECK(pages_of(sides[0]) == std::vector<std::size_t>{1, 5, 0});
    CHECK(pages_of(sides[1]) == std::vector<std::size_t>{2, 3, 4});
    for (const SheetSide& side : sides) {
        CHECK(side.width_pt == Approx(kA4Paper.height_pt));
        CHECK(side.height_pt == Approx(kA4Paper.width_pt));
        // The slots tile the sheet: each page's kept area starts where the last one's ends,
        // and only the outer two reach into the bleed.
        double edge_pt = -paper.bleed_pt;
        for (const PagePlacement& placement : side.pages) {
            CHECK(placement.left_pt + placement.keep.left_pt == Approx(edge_pt));
            edge_pt = placement.left_pt + placement.keep.right_pt();
        }
        CHECK(edge_pt == Approx(side.width_pt + paper.bleed_pt));
    }
    // The flap and the third inside panel are the fold-in panel: the narrow slot, at
    // opposite ends of the two sides, so that they back onto each other.
    const double flap_slot_pt = sides[0].pages[0].keep.width_pt - paper.bleed_pt;
    const double third_slot_pt = sides[1].pages[2].keep.width_pt - paper.bleed_pt;
    CHECK(flap_slot_pt == Approx(trifold_fold_in_width_pt(kA4Paper)));
    CHECK(third_slot_pt == Approx(trifold_fold_in_width_pt(kA4Paper)));
}

TEST_CASE("a booklet's sheets, stacked and folded, read as pages 1 to N for 4, 8 and 12 pages", "[layout][formats]") {
    const PageSpec paper = print_page_spec(kA4Paper);
    for (const std::size_t pages : {4u, 8u, 12u}) {
        INFO(pages << " pages");
        const std::vector<SheetSide> sides = press_sheet_sides(BrochureFormat::booklet, paper, pages);
        REQUIRE(sides.size() == pages / 2);
        const auto order = reading_order_of_folded(pages / 4);
        REQUIRE(order.size() == pages);
        for (std::size_t page = 0; page < pages; ++page) {
            const auto [side, half] = order[page];
            REQUIRE(sides[side].pages.size() == 2);
            CHECK(sides[side].pages[static_cast<std::size_t>(half)].page == page);
        }
    }
    // The 8-page example a printer gives: sheet 1 holds 8 and 1, its back 2 and 7.
    const std::vector<SheetSide> eight = press_sheet_sides(BrochureFormat::booklet, paper, 8);
    CHECK(eight[0].pages[0].page == 7);
    CHECK(eight[0].pages[1].page == 0);
    CHECK(eight[1].pages[0].page == 1);
    CHECK(eight[1].pages[1].page == 6);
}

TEST_CASE("a booklet has 4, 8 or 12 half-size pages, folios on the inside pages only", "[layout][formats]") {
    const LayoutResult result = laid_out(sample(), BrochureFormat::booklet, kA4Paper);
    REQUIRE(errors_of(result).empty());
    const auto& pages = result.document.pages;
    REQUIRE((pages.size() == 4 || pages.size() == 8 || pages.size() == 12));
    CHECK(result.document.facing_pages);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].width_pt == Approx(kA4Paper.height_pt / 2));  // A5: 148.5 mm
        CHECK(pages[i].height_pt == Approx(kA4Paper.width_pt));
        const bool cover = i == 0 || i + 1 == pages.size();
        CHECK(folios_on(pages[i]) == (cover ? std::set<int>{} : std::set<int>{static_cast<int>(i) + 1}));
    }
    CHECK(layout_problems(result.document, metrics(), 0).empty());
    // Every count the format allows can be asked for, or is refused as too few.
    for (const int count : {4, 8, 12}) {
        const LayoutResult asked = laid_out(sample(), BrochureFormat::booklet, kA4Paper, count);
        if (errors_of(asked).empty()) CHECK(asked.document.pages.size() == static_cast<std::size_t>(count));
    }
    CHECK(errors_of(laid_out(sample(), BrochureFormat::booklet, kA4Paper, 12)).empty());
}

TEST_CASE("nothing printed on a leaflet's sheets comes within 4 mm of a fold, and the marks lie outside the trim",
          "[layout][formats]") {
    for (const PageSpec& paper : {kA4Paper, kLetterPaper}) {
        const PageSpec print = print_page_spec(paper);
        LayoutResult result = laid_out(sample(), BrochureFormat::trifold, print);
        REQUIRE(errors_of(result).empty());
        REQUIRE(result.document.pages.size() == 6);
        CHECK(layout_problems(result.document, metrics(), 0).empty());
        const Document sheets = imposed_for_press(std::move(result.document), BrochureFormat::trifold, print);
        REQUIRE(sheets.pages.size() == 2);
        for (std::size_t side = 0; side < 2; ++side) {
            const Page& sheet = sheets.pages[side];
            const std::vector<double> folds = fold_lines_pt(BrochureFormat::trifold, print, side);
            REQUIRE(folds.size() == 2);
            for (const Item& item : sheet.items) {
                // Backgrounds may run across a fold; text, QR codes and the chart may not.
                const bool printed = std::holds_alternative<TextRun>(item) || std::holds_alternative<FilledRects>(item);
                const auto* fill = std::get_if<FilledRect>(&item);
                const bool chart_bar = fill && fill->rect.width_pt < sheet.width_pt / 4 && fill->rect.height_pt < 20;
                if (!printed && !chart_bar) continue;
                const Rect box = bounds_of(item, metrics());
                for (const double fold_pt : folds) {
                    INFO("side " << side << ", fold at " << fold_pt << " pt, item from " << box.left_pt << " to "
                                 << box.right_pt());
                    CHECK((box.right_pt() <= fold_pt - kFoldClearancePt || box.left_pt >= fold_pt + kFoldClearancePt));
                }
            }
            // Two crop marks at each corner, and three dashes above and below each fold.
            CHECK(sheet.marks.size() == 8 + 2 * 2 * 3);
            const Rect bleed{-sheet.bleed_pt, -sheet.bleed_pt, sheet.width_pt + 2 * sheet.bleed_pt,
                             sheet.height_pt + 2 * sheet.bleed_pt};
            for (const Item& mark : sheet.marks) CHECK_FALSE(bounds_of(mark, metrics()).overlaps(bleed));
        }
    }
}

TEST_CASE("a leaflet's six panels read front, flap, inside, back, with no folio", "[layout][formats]") {
    const LayoutResult result = laid_out(sample(), BrochureFormat::trifold, kA4Paper);
    REQUIRE(errors_of(result).empty());
    const auto& panels = result.document.pages;
    REQUIRE(panels.size() == 6);
    for (const Page& panel : panels) {
        CHECK(panel.width_pt == Approx(trifold_fold_in_width_pt(kA4Paper)));
        CHECK(folios_on(panel).empty());
    }
    // The flap holds the tagline, the values and the internship; the flow starts inside.
    const auto text_of = [](const Page& page) {
        std::string text;
        for (const Item& item : page.items)
            if (const auto* run = std::get_if<TextRun>(&item)) text += run->text;  // kerned words come in pieces
        return text;
    };
    CHECK(text_of(panels[1]).find("Loyalty") != std::string::npos);
    CHECK(text_of(panels[1]).find("Intern") != std::string::npos);
    CHECK(text_of(panels[2]).find("About") != std::string::npos);
    CHECK_FALSE(result.document.facing_pages);
}

TEST_CASE("a leaflet refuses content beyond six panels at the first field that did not fit, pointing to the booklet",
          "[layout][formats]") {
    const Profile profile = loaded(with_videos(6), "many-videos.yaml");
    const LayoutResult result = laid_out(profile, BrochureFormat::trifold, kA4Paper);
    REQUIRE(result.diagnostics.size() >= 1);
    const Diagnostic* error = nullptr;
    for (const Diagnostic& diagnostic : result.diagnostics)
        if (diagnostic.severity == Severity::error) error = &diagnostic;
    REQUIRE(error != nullptr);
    CHECK(error->message.find("videos[") == 0);
    CHECK(error->message.find("leaflet's 6 panels") != std::string::npos);
    CHECK(error->position.line > 0);
    REQUIRE(error->hints.size() == 1);
    CHECK(error->hints[0].find("--format booklet") != std::string::npos);
    // The booklet holds it.
    CHECK(errors_of(laid_out(profile, BrochureFormat::booklet, kA4Paper)).empty());
}

TEST_CASE("items are cut to a sheet's slot: rectangles and images to the overlap, lines to the part inside",
          "[layout][formats]") {
    const Rect keep{0, 0, 100, 100};
    const auto rect = clipped_to(FilledRect{{-10, 20, 50, 200}, {}}, keep);
    REQUIRE(rect.has_value());
    const Rect cut = std::get<FilledRect>(*rect).rect;
    CHECK(cut.left_pt == Approx(0));
    CHECK(cut.width_pt == Approx(40));
    CHECK(cut.bottom_pt() == Approx(100));
    CHECK_FALSE(clipped_to(FilledRect{{120, 0, 10, 10}, {}}, keep).has_value());

    const auto line = clipped_to(LineSegment{-50, 50, 150, 50, 1, {}}, keep);
    REQUIRE(line.has_value());
    CHECK(std::get<LineSegment>(*line).x1_pt == Approx(0));
    CHECK(std::get<LineSegment>(*line).x2_pt == Approx(100));
    CHECK_FALSE(clipped_to(LineSegment{-50, 150, 150, 150, 1, {}}, keep).has_value());

    // An image 200 pt wide showing 400 px: 2 px a point, kept at that scale.
    PlacedImage image;
    image.frame = Rect{50, 0, 200, 100};
    image.crop_px = Rect{0, 0, 400, 200};
    const auto kept = clipped_to(image, keep);
    REQUIRE(kept.has_value());
    const PlacedImage& cut_image = std::get<PlacedImage>(*kept);
    CHECK(cut_image.frame.width_pt == Approx(50));
    CHECK(cut_image.crop_px.width_pt == Approx(100));
    CHECK(cut_image.crop_px.left_pt == Approx(0));
}
