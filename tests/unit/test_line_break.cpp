// Line breaking against fixed-advance metrics: every glyph is 0.5 em, so at 10 pt each
// character is 5 pt wide and a 50 pt line holds exactly 10 characters.

#include <catch2/catch.hpp>

#include "layout/line_break.hpp"

using namespace brochure;

namespace {
std::vector<std::string> texts_of(const std::vector<BrokenLine>& lines) {
    std::vector<std::string> texts;
    for (const auto& line : lines) texts.push_back(line.text);
    return texts;
}
}  // namespace

TEST_CASE("lines are filled up to the width and broken at spaces", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // "aaa bbb" is 7 characters (35 pt); adding " ccc" would make 11 (55 pt > 50 pt).
    const auto lines = break_lines("aaa bbb ccc ddd", FontFace::regular, 10, 50, metrics);
    CHECK(texts_of(lines) == std::vector<std::string>{"aaa bbb", "ccc ddd"});
    CHECK(lines[0].width_pt == Approx(35));
    CHECK(lines[1].width_pt == Approx(35));
}

TEST_CASE("a line of exactly the width fits", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    CHECK(texts_of(break_lines("aaaa bbbbb c", FontFace::regular, 10, 50, metrics)) ==
          std::vector<std::string>{"aaaa bbbbb", "c"});
}

TEST_CASE("runs of whitespace count as one space", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    CHECK(texts_of(break_lines("  a \n\t b  ", FontFace::regular, 10, 50, metrics)) == std::vector<std::string>{"a b"});
    CHECK(break_lines("   ", FontFace::regular, 10, 50, metrics).empty());
}

TEST_CASE("widths count code points, not bytes", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // "NATO’s" is 6 code points but 8 bytes: 30 pt.
    const auto lines = break_lines("NATO’s", FontFace::regular, 10, 50, metrics);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].width_pt == Approx(30));
}

TEST_CASE("a word wider than the line breaks after '/' or '.'", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // The first 10 characters "https://ex" end after the '/' at 8; then "example.or" after the '.' at 8.
    CHECK(texts_of(break_lines("https://example.org/path", FontFace::regular, 10, 50, metrics)) ==
          std::vector<std::string>{"https://", "example.", "org/path"});
}

TEST_CASE("a word without break characters is cut between characters", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    const auto lines = break_lines("abcdefghijklmnopqrstuvwxy", FontFace::regular, 10, 50, metrics);
    CHECK(texts_of(lines) == std::vector<std::string>{"abcdefghij", "klmnopqrst", "uvwxy"});
    for (const auto& line : lines) CHECK(line.width_pt <= 50);
}

TEST_CASE("a line narrower than one character still makes progress", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    CHECK(texts_of(break_lines("ab", FontFace::regular, 10, 2, metrics)) == std::vector<std::string>{"a", "b"});
}
