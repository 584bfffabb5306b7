// Kerning: which pairs the real Noto Sans kerns, and the pairs FixedAdvanceMetrics is given.

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "fonts/truetype_metrics.hpp"

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
