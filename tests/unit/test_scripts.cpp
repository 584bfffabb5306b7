// European scripts end to end: a profile in Greek, Cyrillic and accented Latin renders
// and comes back exactly from the PDF; a character the fonts lack is refused by name; and
// every accented letter the content uses is really drawn with its accent.

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include "core/utf8.hpp"
#include "design/profile_texts.hpp"
#include "model/load_profile.hpp"
#include "render/pdf/render_pdf.hpp"
#include "support/files.hpp"
#include "support/ppm.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure;
using namespace brochure::test;

namespace {

fs::path scripts_profile(const std::string& name) { return source_dir() / "tests" / "profiles" / "scripts" / name; }

Profile load(const fs::path& path) {
    const LoadResult loaded = load_profile_from_text(read_bytes(path), path.string());
    REQUIRE(loaded.profile.has_value());
    return *loaded.profile;
}

CommandResult render(const fs::path& profile, const fs::path& pdf) {
    return run_command({brochure_executable().string(), "render", profile.string(), "-o", pdf.string()},
                       {"SOURCE_DATE_EPOCH"});
}

/// Letters drawn with an accent or another mark on a base letter: Latin beyond ASCII, Greek
/// with tonos or dialytika, Cyrillic й and ё. (Plain Greek and Cyrillic letters are left
/// out: many are drawn exactly like Latin ones, as у and y are.)
bool is_accented_letter(char32_t code_point) {
    const bool latin = code_point >= 0xC0 && code_point <= 0x24F && code_point != 0xD7 && code_point != 0xF7;
    const bool greek = code_point == 0x386 || (code_point >= 0x388 && code_point <= 0x390) ||
                       (code_point >= 0x3AA && code_point <= 0x3B0) || (code_point >= 0x3CA && code_point <= 0x3CE);
    const bool cyrillic = code_point == 0x419 || code_point == 0x439 || code_point == 0x401 || code_point == 0x451;
    return latin || greek || cyrillic;
}

/// The distinct accented letters of every text field of the given profiles, as UTF-8.
std::set<std::string> non_ascii_letters(const std::vector<Profile>& profiles) {
    std::set<std::string> letters;
    for (const Profile& profile : profiles)
        for (const auto& [field, text] : profile_texts(profile)) {
            const std::string& value = text->value;
            for (std::size_t index = 0; index < value.size();) {
                const std::size_t start = index;
                const char32_t code_point = next_code_point(value, index);
                if (is_accented_letter(code_point)) letters.insert(value.substr(start, index - start));
            }
        }
    return letters;
}

/// Bitmap of one cell, as dark/light pixels.
std::vector<bool> ink_of(const RgbImage& cell) {
    std::vector<bool> ink;
    for (std::size_t i = 0; i + 2 < cell.rgb.size(); i += 3) ink.push_back(cell.rgb[i] + cell.rgb[i + 1] + cell.rgb[i + 2] < 3 * 160);
    return ink;
}

}  // namespace

TEST_CASE("a profile in Greek, Cyrillic and accented Latin comes back exactly from the PDF", "[e2e][scripts]") {
    require_tool("pdftotext", "poppler-utils");
    TempDir dir("scripts");
    const fs::path pdf = dir.path() / "multilingual.pdf";
    const CommandResult rendered = render(scripts_profile("multilingual.yaml"), pdf);
    INFO(rendered.err);
    REQUIRE(rendered.exit_code == 0);

    const CommandResult text = run_command({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.err.empty());
    const std::string extracted = collapse_keeping_line_breaks(text.out);
    const Profile profile = load(scripts_profile("multilingual.yaml"));
    for (const auto& [field, value] : profile_texts(profile)) {
        INFO(field << ": \"" << value->value << "\"\nnot found in:\n" << extracted);
        CHECK(contains_across_line_breaks(extracted, value->value));
    }
}

TEST_CASE("a character the fonts lack is refused, named and located", "[e2e][scripts]") {
    TempDir dir("missing-glyph");
    const fs::path pdf = dir.path() / "missing.pdf";
    const fs::path profile = scripts_profile("missing_glyph.yaml");
    const CommandResult rendered = render(profile, pdf);
    INFO(rendered.err);
    CHECK(rendered.exit_code == 1);
    CHECK(rendered.err.find(profile.string() + ":11:8: error: about: the brochure's fonts have no glyph for U+5317 '北'") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(pdf));
}

TEST_CASE("every accented letter of the content is drawn with its accent", "[e2e][scripts]") {
    // libharu 2.3.0 drops the accents of nested composite glyphs in some fonts, and a
    // dropped accent still extracts as the right character. So each letter is drawn in a
    // cell of its own, and its pixels must differ from those of every unaccented letter.
    require_tool("pdftoppm", "poppler-utils");
    const std::set<std::string> letters = non_ascii_letters(
        {load(source_dir() / "content" / "nato.yaml"), load(source_dir() / "content" / "nato.fr.yaml"),
         load(scripts_profile("multilingual.yaml"))});
    REQUIRE(letters.size() > 40);

    std::vector<std::string> cells;
    for (char c = 'a'; c <= 'z'; ++c) cells.emplace_back(1, c);
    for (char c = 'A'; c <= 'Z'; ++c) cells.emplace_back(1, c);
    cells.insert(cells.end(), letters.begin(), letters.end());

    constexpr double kCellPt = 36, kSizePt = 24;
    constexpr int kPerRow = 16;
    Document document;
    Page page{kPerRow * kCellPt, ((static_cast<double>(cells.size()) + kPerRow - 1) / kPerRow) * kCellPt, {}};
    for (std::size_t i = 0; i < cells.size(); ++i) {
        TextRun run;
        run.left_pt = static_cast<double>(i % kPerRow) * kCellPt + 8;
        run.baseline_pt = static_cast<double>(i / kPerRow) * kCellPt + 27;
        run.size_pt = kSizePt;
        run.text = cells[i];
        page.items.push_back(run);
    }
    document.pages.push_back(page);
    RenderOptions options;
    options.fonts = project_fonts();
    const RenderResult pdf = render_pdf(document, options);
    REQUIRE(pdf.ok());

    TempDir dir("accents");
    write_bytes(dir.path() / "cells.pdf", pdf.pdf_bytes);
    const CommandResult raster =
        run_command({"pdftoppm", "-r", "72", "-singlefile", (dir.path() / "cells.pdf").string(), (dir.path() / "cells").string()});
    REQUIRE(raster.exit_code == 0);
    const RgbImage image = rgb_image_from_ppm(read_bytes(dir.path() / "cells.ppm"), "cells.ppm");

    auto cell_ink = [&](std::size_t i) {
        return ink_of(cropped(image, static_cast<int>(i % kPerRow) * 36, static_cast<int>(i / kPerRow) * 36, 36, 36));
    };
    std::vector<std::vector<bool>> plain;
    for (std::size_t i = 0; i < 52; ++i) plain.push_back(cell_ink(i));
    for (std::size_t i = 52; i < cells.size(); ++i) {
        const std::vector<bool> ink = cell_ink(i);
        INFO("letter " << cells[i]);
        CHECK(std::count(ink.begin(), ink.end(), true) > 0);
        for (const auto& base : plain) CHECK(ink != base);
    }
}
