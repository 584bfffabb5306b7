// Line breaking against fixed-advance metrics: every glyph is 0.5 em, so at 10 pt each
// character is 5 pt wide and a 50 pt line holds exactly 10 characters.

#include <catch2/catch.hpp>

#include "core/unicode_text.hpp"
#include "layout/line_break.hpp"
#include "layout/total_fit.hpp"

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

// --- Total fit, justification, hyphenation -------------------------------------------------
// At 10 pt a space is 5 pt; in a justified line it may stretch by 2.5 pt and shrink by
// 5/3 pt (a third), which keeps it above 0.2 em = 2 pt. Badness is 100·ratio³.

namespace {
ParagraphSettings justified(const Hyphenator* hyphenator = nullptr) {
    return ParagraphSettings{Alignment::justified, "en", hyphenator};
}
}  // namespace

TEST_CASE("total fit gives up a perfect first line to avoid a hopeless second one", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // 150 pt hold 30 characters. Greedy filling takes "aaa bbbbb ccc ddddd eeeeeeee f"
    // (exactly 30) and leaves "ggggggg hhhh iiiiii jjjjjj" (26 characters, 20 pt short
    // with 3 spaces of 2.5 pt stretch: ratio 2.67, badness 1896, far too loose). Moving "f"
    // down gives two lines of 28 characters, each 10 pt short over 4 spaces: ratio 1,
    // badness 100 each.
    const auto lines = break_lines("aaa bbbbb ccc ddddd eeeeeeee f ggggggg hhhh iiiiii jjjjjj kkkkk", FontFace::regular,
                                   10, 150, metrics, justified());
    CHECK(texts_of(lines) == std::vector<std::string>{"aaa bbbbb ccc ddddd eeeeeeee", "f ggggggg hhhh iiiiii jjjjjj", "kkkkk"});
}

TEST_CASE("justified lines fill the width exactly and the last line stays ragged", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    const auto lines = break_lines("aaa bbbbb ccc ddddd eeeeeeee f ggggggg hhhh iiiiii jjjjjj kkkkk", FontFace::regular,
                                   10, 150, metrics, justified());
    REQUIRE(lines.size() == 3);
    // Line 1: 140 pt of natural width, 10 pt spread over 4 spaces: each 5 + 2.5 = 7.5 pt.
    REQUIRE(lines[0].justified);
    const std::vector<double> expected_offsets{0, 22.5, 55, 77.5, 110};
    REQUIRE(lines[0].words.size() == expected_offsets.size());
    for (std::size_t i = 0; i < expected_offsets.size(); ++i) CHECK(lines[0].words[i].offset_pt == Approx(expected_offsets[i]));
    for (std::size_t i : {0, 1}) {
        const PlacedWord& last = lines[i].words.back();
        CHECK(last.offset_pt + last.width_pt == Approx(150));
    }
    CHECK(lines[0].width_pt == Approx(140));  // the natural width of the text
    CHECK_FALSE(lines[2].justified);
    CHECK(lines[2].words.back().offset_pt + lines[2].words.back().width_pt == Approx(25));
}

TEST_CASE("a last line that fits only with narrowed spaces keeps them narrowed, inside the measure",
          "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // 19 characters are 95 pt; the three spaces may give up 5/3 pt each, 5 pt in all, so
    // the paragraph fits 92 pt on one line, but only with its spaces at 4 pt.
    const auto lines = break_lines("aaaa bbbb cccc dddd", FontFace::regular, 10, 92, metrics, justified());
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].justified);
    const PlacedWord& last = lines[0].words.back();
    CHECK(last.offset_pt + last.width_pt == Approx(92));
    // With room to spare, the last line keeps its natural spaces.
    const auto loose = break_lines("aaaa bbbb cccc dddd", FontFace::regular, 10, 120, metrics, justified());
    REQUIRE(loose.size() == 1);
    CHECK_FALSE(loose[0].justified);
}

TEST_CASE("justified lines shrink their spaces but keep them wider than 0.2 em", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // "aaa bbb ccccc ddddddd" is 21 characters, 105 pt, in 100 pt: its 3 spaces shrink by
    // 5/3 pt each, to 10/3 pt, still above 2 pt. Breaking before "ddddddd" instead would
    // leave 35 pt over 2 spaces (ratio 7, hopeless).
    const auto lines = break_lines("aaa bbb ccccc ddddddd eeeeee", FontFace::regular, 10, 100, metrics, justified());
    REQUIRE(texts_of(lines) == std::vector<std::string>{"aaa bbb ccccc ddddddd", "eeeeee"});
    const auto& words = lines[0].words;
    REQUIRE(words.size() == 4);
    for (std::size_t i = 1; i < words.size(); ++i) {
        const double gap_pt = words[i].offset_pt - (words[i - 1].offset_pt + words[i - 1].width_pt);
        CHECK(gap_pt == Approx(10.0 / 3));
        CHECK(gap_pt >= 2);
    }
    CHECK(words.back().offset_pt + words.back().width_pt == Approx(100));
}

TEST_CASE("a ragged line keeps one run of text with natural spaces", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    const auto lines = break_lines("aaa bbb ccc ddd", FontFace::regular, 10, 50, metrics);
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines[0].justified);
    REQUIRE(lines[0].words.size() == 2);
    CHECK(lines[0].words[1].offset_pt == Approx(20));  // "aaa" 15 pt + one 5 pt space
}

TEST_CASE("breaks follow Unicode's rules, not only spaces", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // UAX #14 allows a break after the hyphen of "decision-making": no hyphen is added.
    CHECK(texts_of(break_lines("the decision-making", FontFace::regular, 10, 65, metrics)) ==
          std::vector<std::string>{"the decision-", "making"});
    // A narrow no-break space (U+202F) before "%" is never a break, so "7,5 %" stays whole.
    const auto percent = break_lines("soit 7,5\u202F%", FontFace::regular, 10, 40, metrics, {Alignment::ragged, "fr"});
    CHECK(texts_of(percent) == std::vector<std::string>{"soit", "7,5\u202F%"});
}

TEST_CASE("break opportunities mark the byte after which a line may end", "[layout][line_break]") {
    const auto breaks = line_break_opportunities("a-b c", "en");
    REQUIRE(breaks.size() == 5);
    CHECK(breaks[0] == BreakAfter::none);     // a|-
    CHECK(breaks[1] == BreakAfter::allowed);  // -|b
    CHECK(breaks[2] == BreakAfter::none);     // b|space: a space never starts a line
    CHECK(breaks[3] == BreakAfter::allowed);  // space|c
    CHECK(breaks[4] == BreakAfter::mandatory);  // the end of the text
}

TEST_CASE("words are hyphenated where the patterns allow, adding a hyphen", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    const auto english = Hyphenator::for_language("en");
    REQUIRE(english);
    // 50 pt hold 10 characters; "an international" (16) does not fit. Without hyphens the
    // first line would be "an" alone, 40 pt short with no space to stretch. The patterns
    // give in-ter-na-tional: "an inter-" is 9 characters, 5 pt short over one space
    // (ratio 2, allowed only once nothing better exists), "an interna-" is too long.
    const auto lines = break_lines("an international hyphenation test", FontFace::regular, 10, 50, metrics,
                                   justified(&*english));
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].text == "an inter-");
    CHECK(lines[0].words.back().text == "inter-");
    CHECK(lines[1].text.substr(0, 8) == "national");
}

TEST_CASE("URLs break after '/' or '.', never with a hyphen", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    const auto english = Hyphenator::for_language("en");
    REQUIRE(english);
    const auto lines = break_lines("see https://www.nato.int/cps/en/natohq/topics.htm now", FontFace::regular, 10, 60,
                                   metrics, justified(&*english));
    std::string joined;
    for (const auto& line : lines) {
        CHECK(line.width_pt <= 60);
        CHECK(line.text.back() != '-');
        joined += line.text;
    }
    // Put back together, the lines give the address unchanged.
    CHECK(joined.find("https://www.nato.int/cps/en/natohq/topics.htm") != std::string::npos);
}

TEST_CASE("no more than two lines in a row end with a hyphen", "[layout][line_break]") {
    using Kind = ParagraphItem::Kind;
    // Hand-made items: words "4|2|4", "1|1|5", "1|1" (box widths, '|' a hyphenation
    // point, no hyphen width), spaces 1 wide; lines 7 wide and ragged, so that every line
    // may stretch by 1 and one that falls short by 1 has badness 100.
    std::vector<ParagraphItem> items;
    auto box = [&](double width) { items.push_back({Kind::box, 0, 0, width}); };
    auto hyphen = [&] {
        ParagraphItem item{Kind::penalty};
        item.penalty = kHyphenPenalty;
        item.flagged = true;
        items.push_back(item);
    };
    auto space = [&] { items.push_back({Kind::glue, 0, 0, 1, 1, 0}); };
    box(4), hyphen(), box(2), hyphen(), box(4), space();  // items 0-5
    box(1), hyphen(), box(1), hyphen(), box(5), space();  // items 6-11
    box(1), hyphen(), box(1);                             // items 12-14
    ParagraphItem end{Kind::penalty};
    end.penalty = -kInfinitePenalty;
    items.push_back(end);  // item 15

    TotalFitSettings settings;
    settings.line_width_pt = 7;
    settings.ragged = true;
    settings.ragged_stretch_pt = 1;
    // Free to hyphenate, the best is "4 2-" (badness 100), then "4 1 1-" and "5 1-", both
    // exactly full, and "1": three hyphens in a row (breaks 3, 9, 13).
    settings.max_hyphenated_in_a_row = 3;
    CHECK(total_fit_breaks(items, settings) == std::vector<std::size_t>{3, 9, 13, 15});
    // With at most two, the third line breaks at the space instead: "4 2-", "4 1-"
    // (badness 100), "1 5" (badness 100), "1 1".
    settings.max_hyphenated_in_a_row = 2;
    CHECK(total_fit_breaks(items, settings) == std::vector<std::size_t>{3, 7, 11, 15});
}

TEST_CASE("a line that could only be justified with gaping spaces is set flush left", "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    // 10 characters a line: "ab cd" (25 pt) cannot take "efghijklm" (9 characters), and
    // spreading it to 50 pt would make its one space 30 pt wide, six times its 5 pt.
    const ParagraphSettings justified{Alignment::justified, "en", nullptr};
    const auto lines = break_lines("ab cd efghijklm", FontFace::regular, 10, 50, metrics, justified);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "ab cd");
    CHECK_FALSE(lines[0].justified);
    REQUIRE(lines[0].words.size() == 2);
    CHECK(lines[0].words[1].offset_pt == Approx(15));  // "ab" and one natural space
}

TEST_CASE("a paragraph broken again with a memory gives the lines it gave, and only for the same setting",
          "[layout][line_break]") {
    const FixedAdvanceMetrics metrics;
    const std::string text = "aaa bbb ccc ddd eee fff ggg";
    LineBreakMemory memory;
    ParagraphSettings remembering;
    remembering.memory = &memory;
    const ParagraphSettings forgetting;
    const auto first = break_lines(text, FontFace::regular, 10, 50, metrics, remembering);
    CHECK(memory.size() == 1);
    const auto again = break_lines(text, FontFace::regular, 10, 50, metrics, remembering);
    CHECK(memory.size() == 1);
    CHECK(texts_of(again) == texts_of(first));
    CHECK(texts_of(first) == texts_of(break_lines(text, FontFace::regular, 10, 50, metrics, forgetting)));
    // Another width, size, face, alignment or text is broken anew, and as it would be alone.
    const auto wider = break_lines(text, FontFace::regular, 10, 80, metrics, remembering);
    CHECK(texts_of(wider) == texts_of(break_lines(text, FontFace::regular, 10, 80, metrics, forgetting)));
    CHECK(texts_of(wider) != texts_of(first));
    break_lines(text, FontFace::regular, 8, 50, metrics, remembering);
    break_lines(text, FontFace::bold, 10, 50, metrics, remembering);
    ParagraphSettings justified = remembering;
    justified.alignment = Alignment::justified;
    break_lines(text, FontFace::regular, 10, 50, metrics, justified);
    break_lines(text + " h", FontFace::regular, 10, 50, metrics, remembering);
    CHECK(memory.size() == 6);
}
