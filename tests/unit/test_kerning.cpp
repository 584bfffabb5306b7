// Kerning: which pairs the real Noto Sans kerns, and how a kerned line becomes runs that
// a renderer placing nominal advances draws at the kerned positions.

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "fonts/truetype_metrics.hpp"
#include "layout/kerning.hpp"
#include "layout/text_lines.hpp"

using namespace brochure;

namespace {

const TrueTypeMetrics& noto() {
    static const std::string dir = std::string(BROCHURE_SOURCE_DIR) + "/fonts/";
    static const TrueTypeMetrics metrics({dir + "NotoSans-Regular.ttf", dir + "NotoSans-Bold.ttf",
                                          dir + "NotoSans-Italic.ttf", dir + "NotoSans-BoldItalic.ttf"});
    return metrics;
}

// Kerning values, one per code point; exact, since the font's are whole thousandths of an em.
using Kerning = std::vector<double>;

// A bold 10 pt style with kerning on, in one colour.
TextStyle kerned_style(double size_pt = 10) { return TextStyle{FontFace::bold, size_pt, 12, Color{}, true}; }

std::vector<std::string> texts_of(const std::vector<Item>& items) {
    std::vector<std::string> texts;
    for (const Item& item : items) texts.push_back(std::get<TextRun>(item).text);
    return texts;
}

}  // namespace

TEST_CASE("Noto Sans kerns capitals and punctuation by whole thousandths of an em", "[kerning][fonts]") {
    // Values at 1000 pt are the font's GPOS adjustments in 1/1000 em (units per em: 1000).
    for (const FontFace face : {FontFace::regular, FontFace::bold}) {
        INFO("face " << static_cast<int>(face));
        CHECK(noto().kerning_pt(face, 1000, "AV") == Kerning({-40, 0}));
        CHECK(noto().kerning_pt(face, 1000, "To") == Kerning({-70, 0}));
        CHECK(noto().kerning_pt(face, 1000, "Ty") == Kerning({-20, 0}));
        CHECK(noto().kerning_pt(face, 1000, "W.") == Kerning({-50, 0}));
        CHECK(noto().kerning_pt(face, 1000, "P.") == Kerning({-130, 0}));
        CHECK(noto().kerning_pt(face, 1000, "NATO") == Kerning({0, -70, -20, 0}));
        CHECK(noto().kerning_pt(face, 1000, "OTAN") == Kerning({-30, -70, 0, 0}));
    }
    // "r." is the one pair here the faces kern differently.
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "r.") == Kerning({-160, 0}));
    CHECK(noto().kerning_pt(FontFace::bold, 1000, "r.") == Kerning({-100, 0}));
}

TEST_CASE("Noto Sans leaves lower case, figures, ligature pairs and spaced pairs alone", "[kerning][fonts]") {
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "oo") == Kerning({0, 0}));
    CHECK(noto().kerning_pt(FontFace::bold, 1000, "1949") == Kerning({0, 0, 0, 0}));
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "ffi") == Kerning({0, 0, 0}));
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "T o") == Kerning({0, 0, 0}));
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "A V") == Kerning({0, 0, 0}));
}

TEST_CASE("Noto Sans kerning scales with the size and counts code points, not bytes", "[kerning][fonts]") {
    CHECK(noto().kerning_pt(FontFace::bold, 60, "To") == Kerning({-4.2, 0}));
    // Two-byte and three-byte UTF-8: one value per code point.
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "ŤÖ") == Kerning({-20, 0}));
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "“A”") == Kerning({-70, -70, 0}));
    CHECK(noto().kerning_pt(FontFace::regular, 10, "").empty());
    CHECK(noto().kerning_pt(FontFace::regular, 10, "T") == Kerning({0}));
}

TEST_CASE("Noto Sans text that shaping would set with other glyphs is not kerned", "[kerning][fonts]") {
    // HarfBuzz composes e + U+0301 into é, which libharu would not: the glyphs differ
    // from the cmap's, so the whole string falls back to no kerning (To would be -70).
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "Toe\u0301") == Kerning({0, 0, 0, 0}));
    // Past the Basic Multilingual Plane libharu sets a space, and so does the shaping.
    CHECK(noto().kerning_pt(FontFace::regular, 1000, "To\U0001F600") == Kerning({-70, 0, 0}));
}

TEST_CASE("Noto Sans kerning gives the same answers from several threads at once", "[kerning][fonts]") {
    const std::string text = "NATO: To AVoid Typos, W. P. Yo";
    const std::vector<double> expected = noto().kerning_pt(FontFace::bold, 12, text);
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < mismatches.size(); ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i)
                if (noto().kerning_pt(FontFace::bold, 12, text) != expected) ++mismatches[t];
        });
    for (std::thread& thread : threads) thread.join();
    CHECK(mismatches == std::vector<int>(4, 0));
}

TEST_CASE("FixedAdvanceMetrics kerns nothing unless given pairs", "[kerning]") {
    CHECK(FixedAdvanceMetrics().kerning_pt(FontFace::bold, 10, "AVATAR") == Kerning({0, 0, 0, 0, 0, 0}));
    const FixedAdvanceMetrics metrics(0.5, {{{'A', 'V'}, -0.1}, {{U'Å', 'V'}, -0.2}});
    CHECK(metrics.kerning_pt(FontFace::bold, 10, "AVA") == Kerning({-1, 0, 0}));
    CHECK(metrics.kerning_pt(FontFace::regular, 20, "ÅVAV") == Kerning({-4, 0, -2, 0}));
}

TEST_CASE("a line with nothing to kern stays one run", "[kerning]") {
    const auto runs = kerned_runs(10, 50, "AVATAR", kerned_style(), FixedAdvanceMetrics());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].text == "AVATAR");
    CHECK(runs[0].left_pt == 10);
    CHECK(runs[0].baseline_pt == 50);
    CHECK(runs[0].width_pt == Approx(30));
}

TEST_CASE("a kerned line is cut after each kerning pair, each piece at its kerned position", "[kerning]") {
    // 0.5 em glyphs at 10 pt are 5 pt wide; A then V kerns -0.1 em = -1 pt.
    const FixedAdvanceMetrics metrics(0.5, {{{'A', 'V'}, -0.1}});
    const auto runs = kerned_runs(10, 50, "SAVE AVA", kerned_style(), metrics);
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].text == "SA");
    CHECK(runs[0].left_pt == Approx(10));
    CHECK(runs[0].width_pt == Approx(10));
    CHECK(runs[1].text == "VE A");
    CHECK(runs[1].left_pt == Approx(10 + 10 - 1));
    CHECK(runs[1].width_pt == Approx(20));
    CHECK(runs[2].text == "VA");
    CHECK(runs[2].left_pt == Approx(19 + 20 - 1));
    CHECK(runs[2].width_pt == Approx(10));
    // The line is 8 glyphs (40 pt) less two kerns; every run keeps the line's baseline and style.
    CHECK(runs[2].left_pt + runs[2].width_pt - runs[0].left_pt == Approx(40 - 2));
    for (const TextRun& run : runs) {
        CHECK(run.baseline_pt == 50);
        CHECK(run.face == FontFace::bold);
        CHECK(run.size_pt == 10);
    }
}

TEST_CASE("kerned runs cut between code points, never inside one", "[kerning]") {
    const FixedAdvanceMetrics metrics(0.5, {{{U'Å', U'Ŵ'}, -0.2}});
    const auto runs = kerned_runs(0, 0, "ÅŴÅŴ", kerned_style(20), metrics);
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].text == "Å");
    CHECK(runs[1].text == "ŴÅ");
    CHECK(runs[1].left_pt == Approx(10 - 4));
    CHECK(runs[2].text == "Ŵ");
    CHECK(runs[2].left_pt == Approx(6 + 20 - 4));
}

TEST_CASE("the real font's kerned runs add up to the nominal width plus the kerning", "[kerning][fonts]") {
    // NATO in 60 pt bold: A–T kerns -4.2 pt, T–O -1.2 pt.
    const auto runs = kerned_runs(40, 100, "NATO", kerned_style(60), noto());
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].text == "NA");
    CHECK(runs[1].text == "T");
    CHECK(runs[2].text == "O");
    CHECK(runs[1].left_pt == Approx(40 + runs[0].width_pt - 4.2));
    CHECK(runs[2].left_pt == Approx(runs[1].left_pt + runs[1].width_pt - 1.2));
    const double nominal_pt = noto().text_width_pt(FontFace::bold, 60, "NATO");
    CHECK(runs[2].left_pt + runs[2].width_pt - 40 == Approx(nominal_pt - 5.4));
}

TEST_CASE("place_line kerns ragged lines of kerned styles only", "[kerning]") {
    const FixedAdvanceMetrics metrics(0.5, {{{'A', 'V'}, -0.1}});
    BrokenLine line{"AVA", 15, false, {}};
    std::vector<Item> kerned;
    place_line(0, 0, line, kerned_style(), metrics, kerned);
    CHECK(texts_of(kerned) == std::vector<std::string>{"A", "VA"});

    TextStyle body = kerned_style();
    body.kerned = false;
    std::vector<Item> plain;
    place_line(0, 0, line, body, metrics, plain);
    CHECK(texts_of(plain) == std::vector<std::string>{"AVA"});

    // A justified line is set word by word at the line breaker's unkerned offsets.
    BrokenLine justified{"AV AV", 25, true, {{"AV", 0, 10}, {"AV", 20, 10}}};
    std::vector<Item> words;
    place_line(0, 0, justified, kerned_style(), metrics, words);
    CHECK(texts_of(words) == std::vector<std::string>{"AV", "AV"});
}
