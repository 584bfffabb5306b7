// Print geometry of the NATO brochure, checked on the Document before any PDF exists:
// crop marks outside the trim and the bleed, bands running into the bleed, and Letter
// paper with nothing off the page.

#include <catch2/catch.hpp>

#include <variant>

#include "fonts/truetype_metrics.hpp"
#include "design/layout_brochure.hpp"
#include "design/palette.hpp"
#include "design/theme.hpp"
#include "model/load_profile.hpp"
#include "support/files.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

constexpr double kTolerancePt = 0.01;

const Profile& sample() {
    static const Profile profile = [] {
        const auto path = sample_profile();
        const LoadResult loaded = load_profile_from_text(read_bytes(path), path.string());
        REQUIRE(loaded.profile.has_value());
        return *loaded.profile;
    }();
    return profile;
}

LayoutResult layout_sample(const PageSpec& spec) {
    static const TrueTypeMetrics metrics(project_fonts());
    return layout_brochure(sample(), metrics, spec);
}

bool has_errors_in(const LayoutResult& result) {
    for (const Diagnostic& diagnostic : result.diagnostics)
        if (diagnostic.severity == Severity::error) return true;
    return false;
}

// The trim area grown by `grow_pt` on each side, in page coordinates.
Rect trim_grown(const Page& page, double grow_pt) {
    return Rect{-grow_pt, -grow_pt, page.width_pt + 2 * grow_pt, page.height_pt + 2 * grow_pt};
}

// True when the segment touches no point strictly inside `area`.
bool segment_outside(const LineSegment& line, const Rect& area) {
    const double left = std::min(line.x1_pt, line.x2_pt), right = std::max(line.x1_pt, line.x2_pt);
    const double top = std::min(line.y1_pt, line.y2_pt), bottom = std::max(line.y1_pt, line.y2_pt);
    return right <= area.left_pt + kTolerancePt || left >= area.right_pt() - kTolerancePt ||
           bottom <= area.top_pt + kTolerancePt || top >= area.bottom_pt() - kTolerancePt;
}

}  // namespace

TEST_CASE("print pages have a 3 mm bleed and crop marks outside trim and bleed", "[layout][print]") {
    const LayoutResult result = layout_sample(print_page_spec(kA4Paper));
    REQUIRE_FALSE(has_errors_in(result));
    REQUIRE(result.document.pages.size() == 2);
    for (const Page& page : result.document.pages) {
        CHECK(page.bleed_pt == Approx(8.504).margin(0.001));
        REQUIRE(page.marks.size() == 8);  // two at each corner
        const Rect media = trim_grown(page, page.bleed_pt + page.mark_area_pt);
        for (const Item& item : page.marks) {
            const auto* line = std::get_if<LineSegment>(&item);
            REQUIRE(line != nullptr);
            INFO("mark from (" << line->x1_pt << ", " << line->y1_pt << ") to (" << line->x2_pt << ", "
                               << line->y2_pt << ")");
            CHECK(segment_outside(*line, trim_grown(page, 0)));
            CHECK(segment_outside(*line, trim_grown(page, page.bleed_pt)));
            // The mark lies on the line of a trim edge, inside the media box.
            const bool on_vertical_edge = std::abs(line->x1_pt - line->x2_pt) < kTolerancePt &&
                                          (std::abs(line->x1_pt) < kTolerancePt ||
                                           std::abs(line->x1_pt - page.width_pt) < kTolerancePt);
            const bool on_horizontal_edge = std::abs(line->y1_pt - line->y2_pt) < kTolerancePt &&
                                            (std::abs(line->y1_pt) < kTolerancePt ||
                                             std::abs(line->y1_pt - page.height_pt) < kTolerancePt);
            CHECK((on_vertical_edge || on_horizontal_edge));
            CHECK(media.contains(Rect{std::min(line->x1_pt, line->x2_pt), std::min(line->y1_pt, line->y2_pt),
                                      std::abs(line->x2_pt - line->x1_pt), std::abs(line->y2_pt - line->y1_pt)}));
        }
    }
}

TEST_CASE("the bands at the top edge run into the bleed on print, and stop at the edge on screen", "[layout][print]") {
    for (const bool print : {false, true}) {
        const PageSpec spec = print ? print_page_spec(kA4Paper) : kA4Paper;
        const LayoutResult result = layout_sample(spec);
        REQUIRE_FALSE(has_errors_in(result));
        std::vector<Diagnostic> ignored;
        const Color primary = palette_for(sample(), ignored).primary;
        for (const Page& page : result.document.pages) {
            int bands = 0;
            for (const Item& item : page.items) {
                const auto* fill = std::get_if<FilledRect>(&item);
                if (fill == nullptr || fill->color != primary || fill->rect.top_pt > kTolerancePt) continue;
                ++bands;
                INFO((print ? "print" : "screen") << " band " << fill->rect.left_pt << ", " << fill->rect.top_pt);
                CHECK(fill->rect.left_pt == Approx(-spec.bleed_pt).margin(kTolerancePt));
                CHECK(fill->rect.top_pt == Approx(-spec.bleed_pt).margin(kTolerancePt));
                CHECK(fill->rect.right_pt() == Approx(spec.width_pt + spec.bleed_pt).margin(kTolerancePt));
                CHECK(fill->rect.bottom_pt() < spec.height_pt);  // a band, not the whole page
            }
            CHECK(bands == 1);  // the cover band on page 1, the slim band on page 2
            CHECK(page.marks.empty() == !print);
        }
    }
}

TEST_CASE("on Letter paper every item lies on the 612 x 792 pt page", "[layout][print]") {
    const LayoutResult result = layout_sample(kLetterPaper);
    for (const Diagnostic& diagnostic : result.diagnostics) INFO(diagnostic.message);
    REQUIRE_FALSE(has_errors_in(result));
    static const TrueTypeMetrics metrics(project_fonts());
    for (const Page& page : result.document.pages) {
        CHECK(page.width_pt == 612);
        CHECK(page.height_pt == 792);
        CHECK(page.marks.empty());
        const Rect paper{0, 0, 612, 792};
        for (const Item& item : page.items) {
            const Rect box = bounds_of(item, metrics);
            INFO("item at " << box.left_pt << ", " << box.top_pt << " size " << box.width_pt << " x " << box.height_pt);
            CHECK(paper.contains(box));
        }
    }
}
