// TrueTypeMetrics must measure with the widths the PDF's fonts declare (libharu's flooring
// to 1/1000 em, the convention the embedded fonts' /W follow too), check_font_file must stop
// every file that is no usable font, and a glyph subset must keep what it was asked for.

#include <hb.h>
#include <hpdf.h>

#include <catch2/catch.hpp>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/utf8.hpp"
#include "fonts/glyph_subset.hpp"
#include "fonts/truetype_metrics.hpp"

using namespace brochure;

namespace {

const std::string kFontDir = std::string(BROCHURE_SOURCE_DIR) + "/fonts/";

FontFiles noto_files() {
    return {kFontDir + "NotoSans-Regular.ttf", kFontDir + "NotoSans-Bold.ttf",
            kFontDir + "NotoSans-Italic.ttf", kFontDir + "NotoSans-BoldItalic.ttf"};
}

std::string face_path(FontFace face) {
    const FontFiles files = noto_files();
    switch (face) {
    case FontFace::regular: return files.regular;
    case FontFace::bold: return files.bold;
    case FontFace::italic: return files.italic;
    case FontFace::bold_italic: return files.bold_italic;
    }
    return {};
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A scratch folder removed when the test ends.
struct ScratchFolder {
    std::filesystem::path path;
    ScratchFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "fonts-test-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~ScratchFolder() { std::filesystem::remove_all(path); }
    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string file = (path / name).string();
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }
};

const std::vector<std::string> kSamples = {
    "Hello, world",
    "Café crème, naïve façade",
    "Zażółć gęślą jaźń",
    "It’s “quoted” — dash…",
    "Ελληνικά και Русский язык",
    "CJK 一 and emoji 😀 fall back",
    "",
};

extern "C" void ignore_haru_error(HPDF_STATUS, HPDF_STATUS, void*) {}

}  // namespace

TEST_CASE("check_font_file accepts the brochure's fonts", "[fonts]") {
    const FontFiles files = noto_files();
    for (const std::string& path : {files.regular, files.bold, files.italic, files.bold_italic})
        CHECK(check_font_file(path).empty());
}

TEST_CASE("check_font_file refuses what libharu would crash on", "[fonts]") {
    const ScratchFolder scratch;
    const std::string noto = read_bytes(noto_files().regular);
    REQUIRE(noto.size() > 10000);

    CHECK(check_font_file((scratch.path / "missing.ttf").string()).find("No such file") != std::string::npos);
    CHECK(check_font_file(scratch.path.string()).find("is a directory") != std::string::npos);
    CHECK(check_font_file(scratch.write("tiny.ttf", "abcd")).find("too short") != std::string::npos);
    CHECK(check_font_file(scratch.write("text.ttf", "This is not a font at all, only words."))
              .find("not a TrueType font") != std::string::npos);

    std::string cff = noto;
    cff.replace(0, 4, "OTTO");
    CHECK(check_font_file(scratch.write("cff.otf", cff)).find("CFF") != std::string::npos);

    std::string collection = noto;
    collection.replace(0, 4, "ttcf");
    CHECK(check_font_file(scratch.write("fonts.ttc", collection)).find("collection") != std::string::npos);

    CHECK(check_font_file(scratch.write("cut.ttf", noto.substr(0, 2000))).find("outside the file") !=
          std::string::npos);

    // Rename the 'glyf' table's tag: the directory stays in bounds but the outlines are gone.
    std::string no_glyf = noto;
    const std::size_t tag = no_glyf.find("glyf");
    REQUIRE(tag != std::string::npos);
    REQUIRE(tag < 12 + 16 * 32);
    no_glyf.replace(tag, 4, "glyx");
    CHECK(check_font_file(scratch.write("no-glyf.ttf", no_glyf)).find("'glyf'") != std::string::npos);
}

TEST_CASE("text widths equal libharu's HPDF_Font_TextWidth", "[fonts]") {
    const TrueTypeMetrics metrics(noto_files());
    HPDF_Doc pdf = HPDF_New(ignore_haru_error, nullptr);
    REQUIRE(pdf != nullptr);
    REQUIRE(HPDF_UseUTFEncodings(pdf) == HPDF_OK);
    REQUIRE(HPDF_SetCurrentEncoder(pdf, "UTF-8") == HPDF_OK);

    for (FontFace face : {FontFace::regular, FontFace::bold, FontFace::italic, FontFace::bold_italic}) {
        const char* name = HPDF_LoadTTFontFromFile(pdf, face_path(face).c_str(), HPDF_TRUE);
        REQUIRE(name != nullptr);
        HPDF_Font font = HPDF_GetFont(pdf, name, "UTF-8");
        REQUIRE(font != nullptr);
        for (const std::string& sample : kSamples) {
            INFO("face " << static_cast<int>(face) << ": " << sample);
            const HPDF_TextWidth haru = HPDF_Font_TextWidth(
                font, reinterpret_cast<const HPDF_BYTE*>(sample.data()), static_cast<HPDF_UINT>(sample.size()));
            // At 1000 pt, one point is one thousandth of an em: libharu's unit.
            CHECK(metrics.text_width_pt(face, 1000, sample) == static_cast<double>(haru.width));
            CHECK(metrics.text_width_pt(face, 9.5, sample) == Approx(haru.width * 9.5 / 1000).epsilon(1e-12));
        }
    }
    HPDF_Free(pdf);
}

TEST_CASE("glyph coverage follows the font's cmap", "[fonts]") {
    const TrueTypeMetrics metrics(noto_files());
    for (FontFace face : {FontFace::regular, FontFace::bold, FontFace::italic, FontFace::bold_italic}) {
        for (char32_t covered : {U'A', U'é', U'ż', U'’', U'Ω', U'Ж'}) CHECK(metrics.has_glyph(face, covered));
        CHECK_FALSE(metrics.has_glyph(face, U'一'));
        CHECK_FALSE(metrics.has_glyph(face, U'😀'));
    }
}

TEST_CASE("cap height and descender agree with libharu's reading of the font", "[fonts]") {
    const TrueTypeMetrics metrics(noto_files());
    HPDF_Doc pdf = HPDF_New(ignore_haru_error, nullptr);
    REQUIRE(HPDF_UseUTFEncodings(pdf) == HPDF_OK);
    REQUIRE(HPDF_SetCurrentEncoder(pdf, "UTF-8") == HPDF_OK);
    const char* name = HPDF_LoadTTFontFromFile(pdf, noto_files().regular.c_str(), HPDF_TRUE);
    HPDF_Font font = HPDF_GetFont(pdf, name, "UTF-8");
    REQUIRE(font != nullptr);
    // libharu takes the cap height from the top of 'H', in thousandths of an em.
    CHECK(metrics.cap_height_em() == Approx(HPDF_Font_GetCapHeight(font) / 1000.0).margin(0.002));
    CHECK(metrics.descender_em() > 0.1);
    CHECK(metrics.descender_em() < 0.5);
    HPDF_Free(pdf);
}

TEST_CASE("metrics can be shared by several threads", "[fonts]") {
    const TrueTypeMetrics metrics(noto_files());
    std::vector<double> expected;
    for (const std::string& sample : kSamples) expected.push_back(metrics.text_width_pt(FontFace::bold, 11, sample));

    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round)
                for (std::size_t i = 0; i < kSamples.size(); ++i)
                    if (metrics.text_width_pt(FontFace::bold, 11, kSamples[i]) != expected[i]) ++mismatches[t];
        });
    }
    for (std::thread& thread : threads) thread.join();
    for (int count : mismatches) CHECK(count == 0);
}

TEST_CASE("a glyph subset keeps the chosen characters with their widths, drops hinting, and is small", "[fonts]") {
    const FontFiles full = noto_files();
    const std::string text = "Zażółć Ελλάδα Привет";
    std::vector<char32_t> code_points;
    for (std::size_t index = 0; index < text.size();) code_points.push_back(next_code_point(text, index));
    GlyphSubset subset;
    REQUIRE(make_glyph_subset(full.regular, code_points, subset).empty());

    CHECK(subset.font_program.size() * 10 < std::filesystem::file_size(full.regular));
    hb_blob_t* blob = hb_blob_create(subset.font_program.data(), static_cast<unsigned>(subset.font_program.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    std::array<hb_tag_t, 32> tags{};
    unsigned count = tags.size();
    hb_face_get_table_tags(face, 0, &count, tags.data());
    std::set<std::string> names;
    for (unsigned i = 0; i < count; ++i) {
        char name[5] = {};
        hb_tag_to_string(tags[i], name);
        names.insert(name);
    }
    const unsigned glyph_count = hb_face_get_glyph_count(face);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    CHECK(names == std::set<std::string>{"glyf", "head", "hhea", "hmtx", "loca", "maxp"});
    // .notdef, the space and one glyph per distinct letter; Noto's accented letters are whole glyphs
    CHECK(glyph_count == subset.advance_milli_em.size());
    CHECK(glyph_count >= 18);

    const TrueTypeMetrics whole(full);
    for (char32_t c : code_points) {
        INFO(static_cast<std::uint32_t>(c));
        const std::uint16_t glyph = subset.glyph_for(c);
        REQUIRE(glyph != 0);
        REQUIRE(glyph < subset.advance_milli_em.size());
        std::string one;
        append_utf8(one, c);
        CHECK(static_cast<double>(subset.advance_milli_em[glyph]) == whole.text_width_pt(FontFace::regular, 1000, one));
    }
    CHECK(subset.glyph_for(U'Q') == 0);
    CHECK(subset.glyph_for(U'Ж') == 0);
    // Latin code points are looked up in a table, the others in the sorted list: both agree.
    for (const auto& [code_point, glyph] : subset.glyph_of_code_point) CHECK(subset.glyph_for(code_point) == glyph);
    CHECK(subset.glyph_for(U' ') != 0);
    CHECK(subset.face.postscript_name == "NotoSans-Regular");
    CHECK(subset.face.ascent > 700);
    CHECK(subset.face.descent < -200);
    CHECK_FALSE(subset.face.italic);
}
