// The vertical flow against fixed-advance metrics: at 10 pt every character is 5 pt wide,
// so a 50 pt column holds one ten-letter word a line, and with a 10 pt leading each line
// is a 10 pt box. Heights, breaks and positions below are worked out by hand.

#include <catch2/catch.hpp>

#include <string>

#include "layout/column_break.hpp"
#include "layout/region_flow.hpp"
#include "layout/vertical_list.hpp"

using namespace brochure;

namespace {

const TextStyle kStyle{FontFace::regular, 10, 10, Color{}};
const FixedAdvanceMetrics kMetrics;

// `lines` ten-letter words: a paragraph of that many lines in a 50 pt column.
VList paragraph(int lines, char letter = 'a') {
    std::string text;
    for (int i = 0; i < lines; ++i) text += (i ? " " : "") + std::string(10, static_cast<char>(letter + i % 26));
    return paragraph_lines(text, kStyle, 50, {}, kMetrics);
}

VBox box(double height_pt, std::string field = {}) {
    VBox made;
    made.height_pt = height_pt;
    made.field = std::move(field);
    return made;
}

std::size_t boxes_in(VSpan list) {
    std::size_t count = 0;
    for (const VItem& item : list) count += std::holds_alternative<VBox>(item);
    return count;
}

}  // namespace

TEST_CASE("a paragraph is a box per line, with no break leaving a line alone", "[layout][flow]") {
    const VList list = paragraph(5);
    REQUIRE(list.size() == 9);  // 5 boxes and 4 penalties
    CHECK(std::get<VBox>(list[0]).height_pt == 10);
    CHECK(std::get<VPenalty>(list[1]).cost == kNeverBreak);  // one line left behind
    CHECK(std::get<VPenalty>(list[3]).cost == kBreakInsideParagraphCost);
    CHECK(std::get<VPenalty>(list[5]).cost == kBreakInsideParagraphCost);
    CHECK(std::get<VPenalty>(list[7]).cost == kNeverBreak);  // one line carried over
    CHECK(measure(list).natural_pt == 50);
}

TEST_CASE("a column ends at its fullest legal break", "[layout][flow]") {
    const VList list = paragraph(5);
    // Room for four lines, but the fifth alone would be a widow: three stay.
    const ColumnBreak forty = break_column(list, 0, 40);
    CHECK(forty.fits);
    CHECK(forty.height_pt == 30);
    CHECK(boxes_in(VList(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(forty.end))) == 3);
    // Everything fits: all of it.
    CHECK(break_column(list, 0, 50).end == list.size());
    // Room for one line only: no legal break fits; the first piece (two lines) goes in anyway.
    const ColumnBreak fifteen = break_column(list, 0, 15);
    CHECK_FALSE(fifteen.fits);
    CHECK(fifteen.height_pt == 20);
}

TEST_CASE("a column rather ends between paragraphs when that leaves less than the cost of a split",
          "[layout][flow]") {
    VList list = paragraph(3);
    list.emplace_back(VGlue{20, 20, 0});
    append(list, paragraph(5, 'k'));
    // At 70 pt: two lines of the second paragraph would fit (a split, cost 100, column
    // full) but ending after the first (40 pt unfilled) costs less.
    const ColumnBreak seventy = break_column(list, 0, 70);
    CHECK(seventy.height_pt == 30);
    // At 180 pt the split costs 100 + 0 and the paragraph break 150 empty points: it splits.
    const ColumnBreak short_of_all = break_column(list, 0, 69 + 100);
    CHECK(short_of_all.height_pt > 30);
}

TEST_CASE("a heading keeps two lines of its text with it", "[layout][flow]") {
    VList list{box(20)};
    list.emplace_back(VPenalty{kNeverBreak});
    append(list, paragraph(4));
    // 35 pt: heading and one line would fit, but only heading and two may stand alone.
    const ColumnBreak cut = break_column(list, 0, 35);
    CHECK_FALSE(cut.fits);
    CHECK(break_column(list, 0, 40).height_pt == 40);
}

TEST_CASE("balanced columns are the shortest equal height that holds the list", "[layout][flow]") {
    SECTION("six lines in two columns: three and three") {
        const VList lines = paragraph(6);  // the fill's columns are stretches of it
        const ColumnFill fill = balance_columns(lines, 2, 100);
        CHECK(fill.height_pt == 30);
        CHECK(fill.rest.empty());
        CHECK(boxes_in(fill.columns[0]) == 3);
        CHECK(boxes_in(fill.columns[1]) == 3);
    }
    SECTION("five lines: three and two, never four and one") {
        const VList lines = paragraph(5);
        const ColumnFill fill = balance_columns(lines, 2, 100);
        CHECK(fill.height_pt == 30);
        CHECK(boxes_in(fill.columns[1]) == 2);
    }
    SECTION("a list too tall for the region fills both columns and leaves the rest") {
        const VList lines = paragraph(10);
        const ColumnFill fill = balance_columns(lines, 2, 30);
        CHECK(boxes_in(fill.columns[0]) == 3);
        CHECK(boxes_in(fill.columns[1]) == 3);
        CHECK(boxes_in(fill.rest) == 4);
    }
}

TEST_CASE("a placed column spreads its glue, at most by the ratio allowed", "[layout][flow]") {
    const VList list{box(10), VGlue{10, 10, 5}, box(10)};
    CHECK(place_column(list, 0, 100, 30, 1).boxes[1].top_pt == 120);   // natural
    CHECK(place_column(list, 0, 100, 35, 1).boxes[1].top_pt == 125);   // half the stretch
    CHECK(place_column(list, 0, 100, 90, 1).boxes[1].top_pt == 130);   // capped at all of it
    CHECK(place_column(list, 0, 100, 25, 1).boxes[1].top_pt == 115);   // shrunk
    // Glue at the top of a column vanishes.
    const VList leading{VGlue{10, 0, 0}, box(10)};
    CHECK(place_column(leading, 0, 100, 50, 1).boxes[0].top_pt == 100);
}

TEST_CASE("runs flow through pages: columns balanced before a full-width block, which is never split",
          "[layout][flow]") {
    const auto region_of = [](std::size_t) { return Region{Rect{0, 0, 110, 100}, 2, 10}; };
    const VGlue gap{10, 10, 0};
    SECTION("eight lines and a 50 pt block share one page") {
        // The layout's parts are stretches of the runs: they must outlive it.
        const std::vector<FlowRun> runs{FlowRun{false, paragraph(8)}, FlowRun{true, VList{box(50)}}};
        const FlowLayout flow = flow_runs(runs, region_of, 4, gap);
        REQUIRE(flow.fits);
        REQUIRE(flow.pages.size() == 1);
        CHECK(flow.pages[0].parts[0].height_pt == 40);  // four and four
        CHECK(flow.pages[0].parts[1].full_width);
    }
    SECTION("a 60 pt block does not fit below them and starts the next page") {
        const std::vector<FlowRun> runs{FlowRun{false, paragraph(8)}, FlowRun{true, VList{box(60)}}};
        const FlowLayout flow = flow_runs(runs, region_of, 4, gap);
        REQUIRE(flow.pages.size() == 2);
        CHECK(flow.pages[1].parts.size() == 1);
    }
    SECTION("more than the pages allowed names the first box left out") {
        VList blocks{box(90, "first"), VGlue{0, 0, 0}, box(90, "second"), VGlue{0, 0, 0}, box(90, "third")};
        // first_unplaced points into the runs: they must outlive the result.
        const std::vector<FlowRun> runs{FlowRun{true, blocks}};
        const FlowLayout flow = flow_runs(runs, region_of, 2, gap);
        CHECK_FALSE(flow.fits);
        REQUIRE(flow.first_unplaced != nullptr);
        CHECK(flow.first_unplaced->field == "third");
    }
    SECTION("with a smaller share of each page, the same content spreads over more pages") {
        const std::vector<FlowRun> runs{FlowRun{false, paragraph(12)}};
        CHECK(flow_runs(runs, region_of, 4, gap, 1).pages.size() == 1);
        CHECK(flow_runs(runs, region_of, 4, gap, 0.3).pages.size() == 2);
    }
}

TEST_CASE("a page's parts share out its spare height among the gaps and the columns' glue", "[layout][flow]") {
    const Region region{Rect{0, 0, 110, 100}, 2, 10};
    PageFlow page;
    const VList left{box(20), VGlue{10, 10, 0}, box(10)}, right{box(30)}, across{box(20)};
    page.parts.push_back(FlowPart{false, {left, right}, 40});
    page.parts.push_back(FlowPart{true, {across}, 20});
    // Natural: 40 + gap 10 + 20 = 70; 30 to share among 10 of column stretch and 10 of gap.
    const PlacedFlow placed = place_page_flow(page, region, VGlue{10, 10, 0}, 2);
    REQUIRE(placed.boxes.size() == 4);
    CHECK(placed.boxes[1].top_pt == Approx(45));  // the column's glue grew by 15
    CHECK(placed.boxes[3].top_pt == Approx(80));  // part 2 after a 55 pt part and a 25 pt gap
    CHECK(placed.bottom_pt == Approx(100));
}
