// The leaflet and the booklet as the executable writes them, read back with poppler,
// zbar and pikepdf: the booklet's press sheets, cut and folded, give its pages in order
// (found from where pdftotext puts each folio); no word of the leaflet's press sheets
// sits within 4 mm of a fold, and every QR code on them decodes; every profile of
// content/ and tests/profiles/varied/ renders in both formats, tagged and valid, or is
// refused with a located message (the leaflet only).

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "layout/page_spec.hpp"
#include "model/load_profile.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure;
using namespace brochure::test;

namespace {

CommandResult render(const fs::path& profile, const fs::path& pdf, const std::vector<std::string>& options) {
    std::vector<std::string> argv{brochure_executable().string(), "render", profile.string(), "-o", pdf.string()};
    argv.insert(argv.end(), options.begin(), options.end());
    return run_command(argv);
}

// A word pdftotext -bbox placed, on a 0-based page, in points from the page's top left.
struct PlacedWord {
    std::size_t page = 0;
    double x_min = 0, x_max = 0, y_min = 0;
    std::string text;
};

std::vector<PlacedWord> words_of(const fs::path& pdf) {
    const CommandResult result = run_command({"pdftotext", "-bbox", pdf.string(), "-"});
    REQUIRE(result.exit_code == 0);
    std::vector<PlacedWord> words;
    const std::regex word_line(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re");
    std::istringstream lines(result.out);
    std::size_t page = 0;
    bool started = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.find("<page ") != std::string::npos) {
            if (started) ++page;
            started = true;
        }
        std::smatch match;
        if (std::regex_search(line, match, word_line))
            words.push_back(PlacedWord{page, std::stod(match[1]), std::stod(match[3]), std::stod(match[2]), match[4]});
    }
    return words;
}

// The left edge of each page's trim box, in points from the media box's left edge.
double trim_left_pt(const fs::path& pdf) {
    const CommandResult info = run_command({"pdfinfo", "-box", pdf.string()});
    std::smatch match;
    const std::regex trim(R"(TrimBox:\s+([0-9.]+))");
    REQUIRE(std::regex_search(info.out, match, trim));
    return std::stod(match[1]);
}

std::size_t page_count(const fs::path& pdf) {
    const CommandResult info = run_command({"pdfinfo", pdf.string()});
    std::smatch match;
    REQUIRE(std::regex_search(info.out, match, std::regex(R"(Pages:\s+([0-9]+))")));
    return std::stoul(match[1]);
}

}  // namespace

TEST_CASE("a booklet's press sheets, cut and folded in order, give its pages 1 to N", "[e2e][formats]") {
    require_tool("pdftotext", "poppler-utils");
    const TempDir dir("booklet-sheets");
    for (const std::string name : {"nato.yaml", "document-foundation.yaml"}) {
        INFO(name);
        const fs::path screen = dir.path() / "screen.pdf", print = dir.path() / "print.pdf";
        const fs::path profile = source_dir() / "content" / name;
        REQUIRE(render(profile, screen, {"--format", "booklet"}).exit_code == 0);
        REQUIRE(render(profile, print, {"--format", "booklet", "--target", "print"}).exit_code == 0);
        const std::size_t pages = page_count(screen);
        REQUIRE(pages % 4 == 0);
        REQUIRE(page_count(print) == pages / 2);  // two pages to a side, two sides to a sheet

        // Where each folio is: its number, on which side, in which half.
        const double middle_pt = trim_left_pt(print) + kA4Paper.height_pt / 2;  // the spine, an A5 page in
        std::map<int, std::pair<std::size_t, int>> folio_at;
        const std::vector<PlacedWord> words = words_of(print);
        for (std::size_t i = 0; i + 3 < words.size(); ++i)
            if (words[i].text == "Page" && words[i + 2].text == "of" &&
                words[i + 3].text == std::to_string(pages)) {
                const int number = std::stoi(words[i + 1].text);
                folio_at[number] = {words[i].page, words[i].x_min < middle_pt ? 0 : 1};
            }
        // Stacked in order and folded, the right halves of the sheets' fronts and the left
        // halves of their backs come first, from the outermost sheet in; then the right
        // halves of the backs and the left halves of the fronts, from the innermost out.
        std::vector<std::pair<std::size_t, int>> folded;
        const std::size_t sheets = pages / 4;
        for (std::size_t sheet = 0; sheet < sheets; ++sheet) {
            folded.emplace_back(2 * sheet, 1);
            folded.emplace_back(2 * sheet + 1, 0);
        }
        for (std::size_t sheet = sheets; sheet-- > 0;) {
            folded.emplace_back(2 * sheet + 1, 1);
            folded.emplace_back(2 * sheet, 0);
        }
        // The covers carry no folio; every inside page carries its own, where folding puts it.
        CHECK(folio_at.size() == pages - 2);
        CHECK(folio_at.count(1) == 0);
        CHECK(folio_at.count(static_cast<int>(pages)) == 0);
        for (const auto& [number, where] : folio_at) {
            INFO("folio " << number << " on side " << where.first << ", half " << where.second);
            CHECK(where == folded.at(static_cast<std::size_t>(number - 1)));
        }
    }
}

TEST_CASE("no word of a leaflet's press sheets lies within 4 mm of a fold, and every QR code on them decodes",
          "[e2e][formats]") {
    require_tool("pdftotext", "poppler-utils");
    require_tool("pdftoppm", "poppler-utils");
    require_tool("zbarimg", "zbar-tools");
    const TempDir dir("trifold-sheets");
    const fs::path pdf = dir.path() / "nato.pdf";
    const CommandResult rendered =
        render(source_dir() / "content" / "nato.yaml", pdf, {"--format", "trifold", "--target", "print"});
    INFO(rendered.err);
    REQUIRE(rendered.exit_code == 0);
    REQUIRE(page_count(pdf) == 2);
    const double left_pt = trim_left_pt(pdf);
    // Outside: flap 97 mm, back 100 mm, front 100 mm; inside: 100, 100, 97 mm.
    const std::vector<std::vector<double>> folds_mm{{97, 197}, {100, 200}};
    const std::vector<PlacedWord> words = words_of(pdf);
    REQUIRE(words.size() > 100);
    for (const PlacedWord& word : words)
        for (const double fold_mm : folds_mm.at(word.page)) {
            const double fold_pt = left_pt + pt_from_mm(fold_mm);
            INFO("\"" << word.text << "\" on side " << word.page << " from " << word.x_min << " to " << word.x_max
                      << " pt, fold at " << fold_pt << " pt");
            CHECK((word.x_max <= fold_pt - pt_from_mm(4) || word.x_min >= fold_pt + pt_from_mm(4)));
        }

    // Both sides rasterised as a printer would see them; zbar finds every code.
    REQUIRE(run_command({"pdftoppm", "-r", "200", "-gray", pdf.string(), (dir.path() / "side").string()}).exit_code ==
            0);
    std::set<std::string> decoded;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        if (entry.path().extension() != ".pgm") continue;
        const CommandResult zbar = run_command({"zbarimg", "--raw", "-q", entry.path().string()});
        std::istringstream lines(zbar.out);
        for (std::string line; std::getline(lines, line);) decoded.insert(line);
    }
    const LoadResult loaded =
        load_profile_from_text(read_bytes(source_dir() / "content" / "nato.yaml"), "nato.yaml");
    REQUIRE(loaded.profile.has_value());
    std::set<std::string> urls;
    for (const Video& video : loaded.profile->videos) urls.insert(video.url.value);
    CHECK(decoded == urls);
}

TEST_CASE("every profile renders as a leaflet and a booklet, for screen and print, or is refused at a line",
          "[e2e][formats]") {
    require_tool("qpdf", "qpdf");
    const TempDir folder("formats-all");
    const std::vector<fs::path> profiles = all_profiles();
    REQUIRE(profiles.size() >= 10);
    std::size_t leaflets = 0;
    for (const fs::path& profile : profiles)
        for (const std::string format : {"trifold", "booklet"})
            for (const std::string target : {"screen", "print"}) {
                const fs::path pdf = folder.path() / "out.pdf";
                fs::remove(pdf);
                const CommandResult result = render(profile, pdf, {"--format", format, "--target", target});
                INFO(profile.filename().string() << " " << format << " " << target << "\n" << result.err);
                if (result.exit_code != 0) {
                    // Only a leaflet may refuse, at the line of the first field that did not fit.
                    CHECK(format == "trifold");
                    CHECK(result.exit_code == 1);
                    CHECK(std::regex_search(result.err, std::regex(R"(\.yaml:[0-9]+:[0-9]+: error: .*leaflet's 6 panels)")));
                    CHECK(result.err.find("--format booklet") != std::string::npos);
                    CHECK_FALSE(fs::exists(pdf));
                    continue;
                }
                leaflets += format == "trifold";
                CHECK(run_command({"qpdf", "--check", pdf.string()}).exit_code == 0);
                const CommandResult tags =
                    run_command({"/usr/bin/python3", (source_dir() / "tests" / "tools" / "check_tagged_pdf.py").string(),
                                 pdf.string()});
                INFO(tags.out << tags.err);
                CHECK(tags.out == "ok\n");
            }
    // Most organisations fit a leaflet.
    CHECK(leaflets >= 2 * (profiles.size() - 2));
}

TEST_CASE("a format with a page count or an imposition it does not have is a usage error", "[e2e][formats][cli]") {
    const fs::path profile = source_dir() / "content" / "nato.yaml";
    const TempDir dir("format-usage");
    const fs::path pdf = dir.path() / "out.pdf";
    const auto usage_error = [&](const std::vector<std::string>& options, const std::string& says) {
        const CommandResult result = render(profile, pdf, options);
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find(says) != std::string::npos);
        CHECK_FALSE(fs::exists(pdf));
    };
    usage_error({"--format", "zigzag"}, "--format: expects sheet, trifold or booklet");
    usage_error({"--format", "booklet", "--pages", "2"}, "a booklet has 4, 8 or 12 pages");
    usage_error({"--format", "trifold", "--pages", "4"}, "a leaflet always has six panels");
    usage_error({"--pages", "8"}, "a sheet has 1, 2 or 4 pages");
    usage_error({"--format", "booklet", "--imposition", "none"}, "--imposition applies to --target print");
    usage_error({"--target", "print", "--imposition", "none"}, "--imposition applies to --format trifold and booklet");
    // --imposition none gives the booklet's pages one to a PDF page, with bleed.
    REQUIRE(render(profile, pdf, {"--format", "booklet", "--target", "print", "--imposition", "none"}).exit_code == 0);
    CHECK(page_count(pdf) % 4 == 0);
}
