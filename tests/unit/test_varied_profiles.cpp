// Every profile of content/ and tests/profiles/varied/ (organisations of every size, in
// eight languages) rendered end to end and checked with programs nobody here wrote:
// qpdf --check, pdfinfo's page count, pdftotext giving back every text field, zbar and
// ZXing decoding every QR code; and as geometry: nothing overlaps or leaves the live area,
// no page is more than a fifth blank (measured on the rasterised page, as a reader sees
// it), and the labels are in the profile's language.

#include <catch2/catch.hpp>

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "design/blank_bands.hpp"
#include "design/labels.hpp"
#include "design/profile_texts.hpp"
#include "design/theme.hpp"
#include "fonts/truetype_metrics.hpp"
#include "model/load_profile.hpp"
#include "pipeline/load_images.hpp"
#include "pipeline/render_profile.hpp"
#include "support/files.hpp"
#include "support/layout_checks.hpp"
#include "support/ppm.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure;
using namespace brochure::test;

namespace {

constexpr int kQrDpi = 150;
constexpr int kBlankBandDpi = 30;
// What the page-fill measure ignores at the page's edges, and what it counts as paper.
constexpr double kEdgeShare = 0.04;
constexpr int kPaperGrey = 235;

// Text as poppler reads it back: no-break spaces as spaces (as a reader sees them), and
// no hyphens, since poppler drops a written hyphen that ends a line ("27-" "kilometre"
// comes back as "27kilometre") as it drops an added one.
std::string as_extracted(std::string text) {
    for (const std::string no_break : {"\u00A0", "\u202F"})
        for (std::size_t at = text.find(no_break); at != std::string::npos; at = text.find(no_break, at))
            text.replace(at, no_break.size(), " ");
    text.erase(std::remove(text.begin(), text.end(), '-'), text.end());
    return text;
}

const TrueTypeMetrics& metrics() {
    static const TrueTypeMetrics instance(project_fonts());
    return instance;
}

// The tallest run of blank pixel rows of each page of `pdf` rasterised in grey, as a share
// of the page's height, within the page less kEdgeShare on every side.
std::vector<double> rasterised_blank_bands(const fs::path& pdf, const fs::path& folder) {
    const auto prefix = folder / "grey";
    const auto result =
        run_command({"pdftoppm", "-r", std::to_string(kBlankBandDpi), "-gray", pdf.string(), prefix.string()});
    REQUIRE(result.exit_code == 0);
    std::vector<fs::path> pages;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".pgm") pages.push_back(entry.path());
    std::sort(pages.begin(), pages.end());
    std::vector<double> bands;
    for (const fs::path& page : pages) {
        const std::string bytes = read_bytes(page);
        // P5, width, height, maxval, one whitespace byte, then the pixels.
        std::size_t at = 0;
        std::vector<int> header;
        while (header.size() < 4) {
            while (std::isspace(static_cast<unsigned char>(bytes[at]))) ++at;
            const std::size_t start = at;
            while (!std::isspace(static_cast<unsigned char>(bytes[at]))) ++at;
            header.push_back(header.empty() ? 0 : std::stoi(bytes.substr(start, at - start)));
        }
        const int width = header[1], height = header[2];
        const std::size_t pixels = at + 1;
        int tallest = 0, run = 0;
        for (int y = static_cast<int>(height * kEdgeShare); y < static_cast<int>(height * (1 - kEdgeShare)); ++y) {
            bool blank = true;
            for (int x = static_cast<int>(width * kEdgeShare); x < static_cast<int>(width * (1 - kEdgeShare)) && blank; ++x)
                blank = static_cast<unsigned char>(bytes[pixels + static_cast<std::size_t>(y * width + x)]) >= kPaperGrey;
            run = blank ? run + 1 : 0;
            tallest = std::max(tallest, run);
        }
        bands.push_back(static_cast<double>(tallest) / height);
    }
    return bands;
}

void check_profile(const fs::path& path) {
    TempDir dir("varied");
    const fs::path pdf = dir.path() / "brochure.pdf";
    const auto rendered = run_command({brochure_executable().string(), "render", path.string(), "-o", pdf.string()});
    INFO("brochure render said:\n" << rendered.err);
    REQUIRE(rendered.exit_code == 0);

    const LoadResult loaded = load_profile_from_text(read_bytes(path), path.string());
    REQUIRE(loaded.profile);
    const Profile& profile = *loaded.profile;
    RenderSettings settings;
    settings.metrics = &metrics();
    // Laid out as rendering does, with its images.
    std::vector<Diagnostic> image_problems;
    const ProfileImages images = load_images(profile, image_root(path.string(), ""), image_problems);
    REQUIRE_FALSE(has_errors(image_problems));
    const LayoutResult layout = layout_profile(profile, settings, images.placed);
    REQUIRE_FALSE(has_errors(layout.diagnostics));
    const Document& document = layout.document;

    SECTION("qpdf accepts it, and it has 1, 2 or 4 pages") {
        const auto check = run_command({"qpdf", "--check", pdf.string()});
        INFO(check.out << check.err);
        CHECK(check.exit_code == 0);
        const auto info = run_command({"pdfinfo", pdf.string()});
        const std::string pages = std::to_string(document.pages.size());
        CHECK(info.out.find("Pages:           " + pages + "\n") != std::string::npos);
        CHECK((pages == "1" || pages == "2" || pages == "4"));
    }
    SECTION("pdftotext gives back every text field, and the labels are in its language") {
        const auto text = run_command({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
        CHECK(text.err.empty());
        const std::string extracted = collapse_keeping_line_breaks(as_extracted(text.out));
        for (const auto& [field, value] : profile_texts(profile)) {
            INFO(field << ": " << value->value);
            CHECK(contains_across_line_breaks(extracted, as_extracted(value->value)));
        }
        const Labels* labels = built_in_labels(profile.lang.value);
        REQUIRE(labels != nullptr);
        CHECK(contains_across_line_breaks(extracted, labels->about));
        CHECK(contains_across_line_breaks(extracted, labels->staff));
    }
    SECTION("every QR code decodes to exactly its URL, with ZXing and with zbar") {
        for (std::size_t v = 0; v < profile.videos.size(); ++v) {
            const std::string& url = profile.videos[v].url.value;
            INFO(url);
            int found = 0;
            for (std::size_t p = 0; p < document.pages.size(); ++p)
                for (const Item& item : document.pages[p].items) {
                    const auto* link = std::get_if<Link>(&item);
                    if (!link || link->url != url || std::abs(link->rect.width_pt - link->rect.height_pt) > 1e-6) continue;
                    ++found;
                    const auto prefix = dir.path() / ("page" + std::to_string(p + 1));
                    const std::string page = std::to_string(p + 1);
                    REQUIRE(run_command({"pdftoppm", "-r", std::to_string(kQrDpi), "-f", page, "-l", page, "-singlefile",
                                         pdf.string(), prefix.string()})
                                .exit_code == 0);
                    const RgbImage image = rgb_image_from_ppm(read_bytes(prefix.string() + ".ppm"), "page");
                    const double scale = kQrDpi / 72.0;
                    const RgbImage crop = cropped(image, static_cast<int>(link->rect.left_pt * scale),
                                                  static_cast<int>(link->rect.top_pt * scale),
                                                  static_cast<int>(std::ceil(link->rect.width_pt * scale)) + 1,
                                                  static_cast<int>(std::ceil(link->rect.height_pt * scale)) + 1);
                    const auto zxing = ZXing::ReadBarcode(
                        ZXing::ImageView(crop.rgb.data(), crop.width, crop.height, ZXing::ImageFormat::RGB),
                        ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
                    CHECK(std::string(zxing.bytes().begin(), zxing.bytes().end()) == url);
                    const fs::path file = dir.path() / "qr.ppm";
                    write_bytes(file, ppm_from_rgb_image(crop));
                    const auto zbar = run_command({"zbarimg", "--raw", "-q", file.string()});
                    CHECK(zbar.out == url + "\n");
                }
            CHECK(found == 1);
        }
    }
    SECTION("nothing overlaps or leaves the live area, and no page is more than a fifth blank") {
        for (const std::string& problem : layout_problems(document, metrics(), theme::kMarginPt)) FAIL_CHECK(problem);
        for (const Page& page : document.pages) CHECK(tallest_blank_band(page, metrics()) <= kMostBlankBand);
        for (const double band : rasterised_blank_bands(pdf, dir.path())) CHECK(band <= kMostBlankBand);
    }
}

}  // namespace

TEST_CASE("every profile of content and of the varied set becomes a good brochure", "[e2e][varied]") {
    require_tool("qpdf", "qpdf");
    require_tool("pdftoppm", "poppler-utils");
    require_tool("zbarimg", "zbar-tools");
    const auto profiles = all_profiles();
    REQUIRE(profiles.size() >= 13);
    for (const fs::path& profile : profiles) {
        DYNAMIC_SECTION(profile.filename().string()) { check_profile(profile); }
    }
}
