// Column flow against fixed-advance metrics: at 10 pt every character is 5 pt wide, so a
// 50 pt column holds 10 characters a line; with a 10 pt leading a 35 pt column holds 3 lines.

#include <catch2/catch.hpp>

#include <string>

#include "layout/text_flow.hpp"

using namespace brochure;

namespace {

const TextStyle kStyle{FontFace::regular, 10, 10, Color{}};

/// Five ten-letter words: five lines of exactly one word in a 50 pt column.
const char* const kFiveLines = "aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee";

std::vector<std::string> texts_of(const std::vector<Item>& items) {
    std::vector<std::string> texts;
    for (const Item& item : items) texts.push_back(std::get<TextRun>(item).text);
    return texts;
}

std::vector<BrokenLine> five_lines(const FontMetrics& metrics) {
    return break_lines(kFiveLines, FontFace::regular, 10, 50, metrics);
}

}  // namespace

TEST_CASE("a paragraph that fits is placed whole, one line box per leading", "[layout][text_flow]") {
    const FixedAdvanceMetrics metrics;
    Column column(Rect{20, 100, 50, 55});
    std::vector<Item> out;
    CHECK(column.flow_paragraph(kFiveLines, kStyle, metrics, out) == 0);
    REQUIRE(out.size() == 5);
    // Capitals (7 pt) centred in the 10 pt box: the first baseline at 100 + (10 + 7) / 2.
    CHECK(std::get<TextRun>(out[0]).baseline_pt == Approx(108.5));
    CHECK(std::get<TextRun>(out[4]).baseline_pt == Approx(148.5));
    CHECK(column.cursor_pt() == Approx(150));
}

TEST_CASE("a split paragraph leaves at least two lines on each side", "[layout][text_flow]") {
    const FixedAdvanceMetrics metrics;
    const auto lines = five_lines(metrics);
    REQUIRE(lines.size() == 5);
    std::vector<Item> out;

    SECTION("room for four: three stay, so that two go on (no widow)") {
        Column column(Rect{0, 0, 50, 40});
        CHECK(column.place_lines(lines, 0, kStyle, metrics, out) == 3);
        CHECK(out.size() == 3);
        Column next(Rect{60, 0, 50, 40});
        std::vector<Item> rest;
        CHECK(next.place_lines(lines, 3, kStyle, metrics, rest) == 5);
        CHECK(texts_of(rest) == std::vector<std::string>{"dddddddddd", "eeeeeeeeee"});
        CHECK(std::get<TextRun>(rest[0]).left_pt == 60);
    }
    SECTION("room for three: three stay, two go on") {
        Column column(Rect{0, 0, 50, 35});
        CHECK(column.place_lines(lines, 0, kStyle, metrics, out) == 3);
    }
    SECTION("room for one: none stays (no orphan), the column is left to the caller") {
        Column column(Rect{0, 0, 50, 15});
        CHECK(column.place_lines(lines, 0, kStyle, metrics, out) == 0);
        CHECK(out.empty());
        CHECK(column.cursor_pt() == 0);
    }
    SECTION("three lines with room for two cannot be split") {
        Column column(Rect{0, 0, 50, 25});
        CHECK(column.place_lines(lines, 2, kStyle, metrics, out) == 2);
        CHECK(out.empty());
    }
    SECTION("flow_paragraph counts what it could not place") {
        Column column(Rect{0, 0, 50, 40});
        CHECK(column.flow_paragraph(kFiveLines, kStyle, metrics, out) == 2);
    }
}

TEST_CASE("a heading is set only with two lines of its text below it", "[layout][text_flow]") {
    const FixedAdvanceMetrics metrics;
    const TextStyle heading{FontFace::bold, 10, 20, Color{}};
    std::vector<Item> out;

    // The heading's box is 20 pt, each body line 10 pt: 40 pt are needed.
    Column short_column(Rect{0, 0, 50, 39});
    CHECK_FALSE(short_column.flow_heading("Title", heading, kFiveLines, kStyle, metrics, out));
    CHECK(out.empty());
    CHECK(short_column.cursor_pt() == 0);

    Column column(Rect{0, 0, 50, 40});
    CHECK(column.flow_heading("Title", heading, kFiveLines, kStyle, metrics, out));
    CHECK(texts_of(out) == std::vector<std::string>{"Title"});
    CHECK(column.cursor_pt() == Approx(20));

    // A one-line paragraph only needs its one line.
    Column small(Rect{0, 0, 50, 30});
    CHECK(small.flow_heading("Title", heading, "one", kStyle, metrics, out));
}

TEST_CASE("a justified line becomes one run per word, spread to the column's edges", "[layout][text_flow]") {
    const FixedAdvanceMetrics metrics;
    ParagraphSettings settings;
    settings.alignment = Alignment::justified;
    Column column(Rect{10, 0, 50, 100});
    std::vector<Item> out;
    // "aa bb ccc" is 9 characters (45 pt): its two spaces stretch by 2.5 pt each (ratio 1)
    // to fill 50 pt. "aa bb" alone would be 25 pt short over one space: far too loose.
    CHECK(column.flow_paragraph("aa bb ccc dddddd", kStyle, metrics, out, settings) == 0);
    REQUIRE(texts_of(out) == std::vector<std::string>{"aa", "bb", "ccc", "dddddd"});
    CHECK(std::get<TextRun>(out[0]).left_pt == Approx(10));
    CHECK(std::get<TextRun>(out[1]).left_pt == Approx(10 + 10 + 7.5));
    CHECK(std::get<TextRun>(out[2]).left_pt == Approx(10 + 10 + 7.5 + 10 + 7.5));
    const TextRun& last = std::get<TextRun>(out[2]);
    CHECK(last.left_pt + last.width_pt == Approx(60));
    // The last line is ragged: one run at the left edge, on the next baseline.
    CHECK(std::get<TextRun>(out[3]).left_pt == Approx(10));
    CHECK(std::get<TextRun>(out[3]).baseline_pt - std::get<TextRun>(out[0]).baseline_pt == Approx(10));
}
