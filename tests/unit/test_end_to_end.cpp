// End to end: build/brochure renders the sample profile, and programs nobody here wrote
// (qpdf, poppler's tools, zbar, ZXing) check the PDF it wrote.

#include <catch2/catch.hpp>

// ZXing 1.4 asks users to opt in to its coming std::string API, and says so on every build.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <cmath>
#include <ctime>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <variant>
#include <vector>

#include "fonts/truetype_metrics.hpp"
#include "design/layout_brochure.hpp"
#include "design/profile_texts.hpp"
#include "pipeline/render_profile.hpp"
#include "model/load_profile.hpp"
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

constexpr double kA4WidthPt = 595.276;
constexpr double kA4HeightPt = 841.89;
constexpr double kPageSizeTolerancePt = 0.5;
constexpr int kRasterDpi = 150;

// Renders `profile` to `pdf` with the executable; the test stops if that fails. The
// environment never leaks a SOURCE_DATE_EPOCH in unless `environment` sets one.
void render(const fs::path& profile, const fs::path& pdf,
            std::vector<std::string> environment = {"SOURCE_DATE_EPOCH"}) {
    const auto result = run_command(
        {brochure_executable().string(), "render", profile.string(), "-o", pdf.string()},
        environment);
    INFO("brochure render " << profile.string() << " said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);
    REQUIRE(fs::is_regular_file(pdf));
}

Profile load_sample_profile() {
    const auto path = sample_profile();
    const LoadResult loaded = load_profile_from_text(read_bytes(path), path.string());
    INFO("the sample profile " << path.string() << " must load");
    REQUIRE(loaded.profile.has_value());
    return *loaded.profile;
}

// pdfinfo's "Key: value" lines.
std::map<std::string, std::string> pdfinfo_fields(const fs::path& pdf,
                                                  const std::vector<std::string>& options = {}) {
    std::vector<std::string> argv = {"pdfinfo"};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.push_back(pdf.string());
    const auto result = run_command(argv);
    INFO("pdfinfo said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);
    std::map<std::string, std::string> fields;
    for (const auto& line : lines_of(result.out)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        const auto value_start = line.find_first_not_of(' ', colon + 1);
        fields[line.substr(0, colon)] =
            value_start == std::string::npos ? "" : line.substr(value_start);
    }
    return fields;
}

// The square Link the layout puts exactly over a QR symbol and its quiet zone, for `url`.
struct QrArea {
    int page_index = 0;
    Rect rect;
};

std::vector<QrArea> qr_areas_for(const Document& document, const std::string& url) {
    std::vector<QrArea> areas;
    for (std::size_t page = 0; page < document.pages.size(); ++page) {
        for (const Item& item : document.pages[page].items) {
            const auto* link = std::get_if<Link>(&item);
            if (link == nullptr || link->url != url) continue;
            const Rect& r = link->rect;
            const bool square = std::abs(r.width_pt - r.height_pt) < 0.01 * r.width_pt;
            if (square && r.width_pt > 0) areas.push_back({static_cast<int>(page), r});
        }
    }
    return areas;
}

RgbImage rasterise_page(const fs::path& pdf, int page_number, const fs::path& folder) {
    const auto prefix = folder / ("page-" + std::to_string(page_number));
    const std::string page = std::to_string(page_number);
    const auto result = run_command({"pdftoppm", "-r", std::to_string(kRasterDpi), "-f", page,
                                     "-l", page, "-singlefile", pdf.string(), prefix.string()});
    INFO("pdftoppm said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);
    const auto ppm = prefix.string() + ".ppm";
    return rgb_image_from_ppm(read_bytes(ppm), ppm);
}

// The pixels under `rect` (points, y down) on a page rasterised at kRasterDpi, rounded
// outwards so that no part of the symbol is lost.
RgbImage crop_points(const RgbImage& page, const Rect& rect) {
    const double pixels_per_pt = kRasterDpi / 72.0;
    const int left = static_cast<int>(std::floor(rect.left_pt * pixels_per_pt));
    const int top = static_cast<int>(std::floor(rect.top_pt * pixels_per_pt));
    const int right = static_cast<int>(std::ceil(rect.right_pt() * pixels_per_pt));
    const int bottom = static_cast<int>(std::ceil(rect.bottom_pt() * pixels_per_pt));
    return cropped(page, left, top, right - left, bottom - top);
}

std::string without_final_newline(std::string text) {
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

// "YYYY-MM-DDTHH:MM:SS" of `epoch` seconds in UTC.
std::string iso_utc(long long epoch) {
    const std::time_t time = static_cast<std::time_t>(epoch);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
    return buffer;
}

}  // namespace

TEST_CASE("qpdf --check accepts the rendered brochure", "[e2e]") {
    require_tool("qpdf", "qpdf");
    TempDir dir("e2e-qpdf");
    const auto pdf = dir.path() / "nato.pdf";
    render(sample_profile(), pdf);

    const auto result = run_command({"qpdf", "--check", pdf.string()});
    INFO("qpdf --check said:\n" << result.out << result.err);
    CHECK(result.exit_code == 0);  // 2 is an error, 3 a warning: both fail
    CHECK(result.err.empty());
}

TEST_CASE("the brochure has two A4 pages", "[e2e]") {
    require_tool("pdfinfo", "poppler-utils");
    TempDir dir("e2e-pages");
    const auto pdf = dir.path() / "nato.pdf";
    render(sample_profile(), pdf);

    const auto fields = pdfinfo_fields(pdf, {"-f", "1", "-l", "2"});
    REQUIRE(fields.count("Pages") == 1);
    CHECK(fields.at("Pages") == "2");
    const std::regex size(R"(([0-9.]+) x ([0-9.]+) pts.*)");
    for (const std::string key : {"Page    1 size", "Page    2 size"}) {
        INFO(key);
        REQUIRE(fields.count(key) == 1);
        std::smatch match;
        REQUIRE(std::regex_match(fields.at(key), match, size));
        CHECK(std::abs(std::stod(match[1]) - kA4WidthPt) <= kPageSizeTolerancePt);
        CHECK(std::abs(std::stod(match[2]) - kA4HeightPt) <= kPageSizeTolerancePt);
    }
}

TEST_CASE("every font of the brochure is embedded", "[e2e]") {
    require_tool("pdffonts", "poppler-utils");
    TempDir dir("e2e-fonts");
    const auto pdf = dir.path() / "nato.pdf";
    render(sample_profile(), pdf);

    const auto result = run_command({"pdffonts", pdf.string()});
    INFO("pdffonts said:\n" << result.out << result.err);
    REQUIRE(result.exit_code == 0);
    // A heading line, a line of dashes giving the column widths, then one line per font.
    const auto lines = lines_of(result.out);
    REQUIRE(lines.size() >= 2);
    const std::string& rule = lines[1];
    std::vector<std::size_t> column_starts;
    for (std::size_t i = 0; i < rule.size(); ++i) {
        if (rule[i] == '-' && (i == 0 || rule[i - 1] == ' ')) column_starts.push_back(i);
    }
    REQUIRE(column_starts.size() >= 4);
    REQUIRE(lines[0].substr(column_starts[3], 3) == "emb");

    const std::size_t font_count = lines.size() - 2;
    CHECK(font_count >= 1);
    for (std::size_t i = 2; i < lines.size(); ++i) {
        INFO(lines[i]);
        CHECK(lines[i].substr(column_starts[3], 3) == "yes");
    }
}

TEST_CASE("pdftotext gives back every text field of the profile", "[e2e]") {
    require_tool("pdftotext", "poppler-utils");
    const Profile profile = load_sample_profile();
    TempDir dir("e2e-text");
    const auto pdf = dir.path() / "nato.pdf";
    render(sample_profile(), pdf);

    const auto result = run_command({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
    INFO("pdftotext said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);
    // Lines are matched as a line breaker makes them: a break is a space, or nothing
    // after a hyphen, slash or added hyphen; nothing else may differ.
    const std::string extracted = collapse_keeping_line_breaks(result.out);

    // Nothing on stderr: a malformed font map or a broken stream would show here.
    CHECK(result.err.empty());
    const auto texts = profile_texts(profile);
    REQUIRE_FALSE(texts.empty());
    for (const auto& [field, text] : texts) {
        INFO(field << ": \"" << text->value << "\"\nnot found in:\n" << extracted);
        CHECK(contains_across_line_breaks(extracted, text->value));
    }
}

TEST_CASE("every QR code decodes to exactly its video's URL", "[e2e]") {
    require_tool("pdftoppm", "poppler-utils");
    require_tool("zbarimg", "zbar-tools");
    const Profile profile = load_sample_profile();
    REQUIRE_FALSE(profile.videos.empty());
    TempDir dir("e2e-qr");
    const auto pdf = dir.path() / "nato.pdf";
    render(sample_profile(), pdf);

    // The same layout the executable drew, computed here to know where each symbol is.
    const TrueTypeMetrics metrics(project_fonts());
    RenderSettings settings;
    settings.metrics = &metrics;
    const LayoutResult layout = layout_profile(profile, settings);

    std::map<int, RgbImage> pages;  // rasterised on demand, by 0-based page index
    for (std::size_t v = 0; v < profile.videos.size(); ++v) {
        const Video& video = profile.videos[v];
        const std::string& url = video.url.value;
        INFO("video \"" << video.title.value << "\": " << url);
        const auto areas = qr_areas_for(layout.document, url);
        REQUIRE(areas.size() == 1);
        const QrArea& area = areas.front();
        if (pages.count(area.page_index) == 0) {
            pages[area.page_index] = rasterise_page(pdf, area.page_index + 1, dir.path());
        }
        const RgbImage crop = crop_points(pages.at(area.page_index), area.rect);
        REQUIRE(crop.width > 0);
        REQUIRE(crop.height > 0);

        const auto zxing = ZXing::ReadBarcode(
            ZXing::ImageView(crop.rgb.data(), crop.width, crop.height, ZXing::ImageFormat::RGB),
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        CHECK(zxing.isValid());
        // The payload's raw bytes: no character set guessed on the way.
        CHECK(std::string(zxing.bytes().begin(), zxing.bytes().end()) == url);

        // A second, independent decoder, reading the same crop from a file.
        const auto crop_file = dir.path() / ("qr-" + std::to_string(v) + ".ppm");
        write_bytes(crop_file, ppm_from_rgb_image(crop));
        const auto zbar = run_command({"zbarimg", "--raw", "-q", crop_file.string()});
        INFO("zbarimg said on stderr:\n" << zbar.err);
        CHECK(zbar.exit_code == 0);
        CHECK(without_final_newline(zbar.out) == url);
    }
}

TEST_CASE("two renders of the same profile are byte-identical", "[e2e]") {
    // Each environment is rendered twice, into two files of one fresh folder.
    const auto check_identical = [](const std::vector<std::string>& environment) {
        TempDir dir("e2e-twice");
        const auto first = dir.path() / "first.pdf";
        const auto second = dir.path() / "second.pdf";
        render(sample_profile(), first, environment);
        render(sample_profile(), second, environment);
        const std::string first_bytes = read_bytes(first);
        CHECK(first_bytes.size() > 0);
        CHECK((first_bytes == read_bytes(second)));  // parenthesised: no dump of the bytes
    };
    SECTION("without SOURCE_DATE_EPOCH") { check_identical({"SOURCE_DATE_EPOCH"}); }
    SECTION("with the same SOURCE_DATE_EPOCH") { check_identical({"SOURCE_DATE_EPOCH=1234567890"}); }
}

TEST_CASE("SOURCE_DATE_EPOCH becomes the document's dates", "[e2e]") {
    require_tool("pdfinfo", "poppler-utils");
    TempDir dir("e2e-date");
    const auto pdf = dir.path() / "nato.pdf";
    const long long epoch = 1700000000;
    // A local time zone far from UTC (a POSIX rule: no tzdata needed) must not shift it.
    render(sample_profile(), pdf, {"SOURCE_DATE_EPOCH=" + std::to_string(epoch), "TZ=EST5"});

    // -isodates prints the date as written, with its offset: it must be UTC.
    const auto fields = pdfinfo_fields(pdf, {"-isodates"});
    const std::regex utc(iso_utc(epoch) + "(Z|[+-]00(:?00)?)");  // Z, +00, +0000, +00:00
    for (const std::string key : {"CreationDate", "ModDate"}) {
        INFO(key);
        REQUIRE(fields.count(key) == 1);
        CHECK(std::regex_match(fields.at(key), utc));
    }
}
