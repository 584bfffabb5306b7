// A branded brochure end to end, read back with tools nobody here wrote: pdfimages for
// each image's size, resolution and colour space per target, pdftoppm to compare what
// the page shows with the source photo, and the warnings a print shop's preflight gives.

#include <catch2/catch.hpp>

#include <filesystem>
#include <algorithm>
#include <map>
#include <set>
#include <cmath>
#include <regex>
#include <sstream>

#include "fonts/truetype_metrics.hpp"
#include "model/load_profile.hpp"
#include "pipeline/load_images.hpp"
#include "pipeline/render_profile.hpp"
#include "support/files.hpp"
#include "support/ppm.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure;
using namespace brochure::test;

namespace {

// One row of `pdfimages -list`.
struct ListedImage {
    int page = 0;
    std::string type;   // image, smask
    int width = 0, height = 0;
    std::string color;  // rgb, cmyk, gray
    std::string encoding;  // image (Flate), jpeg
    int x_ppi = 0, y_ppi = 0;
    int object = 0;  // the XObject's number: placements of one image share it
};

std::vector<ListedImage> listed_images(const fs::path& pdf) {
    require_tool("pdfimages", "poppler-utils");
    const CommandResult result = run_command({"pdfimages", "-list", pdf.string()});
    REQUIRE(result.exit_code == 0);
    std::istringstream lines(result.out);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);  // the header and its rule
    std::vector<ListedImage> images;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        ListedImage image;
        int number = 0, components = 0, bits = 0, generation = 0;
        std::string interpolate;
        fields >> image.page >> number >> image.type >> image.width >> image.height >> image.color >> components >> bits >>
            image.encoding >> interpolate >> image.object >> generation >> image.x_ppi >> image.y_ppi;
        REQUIRE_FALSE(fields.fail());
        images.push_back(image);
    }
    return images;
}

// A folder with the sample profile, its brand's `logo` (a file of tests/images), the
// sample's cover photo and a preview for its first video.
struct BrandedProfile {
    TempDir dir{"branded"};
    fs::path profile;

    explicit BrandedProfile(const std::string& logo, const std::string& primary = "#0a3d7a") {
        fs::create_directories(dir.path() / "images");
        fs::copy_file(source_dir() / "tests" / "images" / logo, dir.path() / "images" / logo);
        for (const std::string photo : {"nato-cover.jpg", "nato-video-1.jpg"})
            fs::copy_file(source_dir() / "content" / "images" / photo, dir.path() / "images" / photo);
        std::string text = sample_profile_text();
        replace(text, "  primary: \"#0a3d7a\"\n", "  primary: \"" + primary + "\"\n");
        replace(text, "  accent: \"#f2a900\"\n",
                "  accent: \"#f2a900\"\n  logo: images/" + logo + "\ncover_image: images/nato-cover.jpg\n");
        replace(text, "    url: https://www.nato.int/video/discover-nato-hq  # placeholder\n",
                "    url: https://www.nato.int/video/discover-nato-hq\n    image: images/nato-video-1.jpg\n");
        profile = dir.path() / "profile.yaml";
        write_bytes(profile, text);
    }

    static void replace(std::string& text, const std::string& from, const std::string& to) {
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }

    CommandResult render(const fs::path& pdf, const std::vector<std::string>& options = {}) const {
        std::vector<std::string> argv = {brochure_executable().string(), "render", profile.string(), "-o", pdf.string()};
        argv.insert(argv.end(), options.begin(), options.end());
        return run_command(argv);
    }
};

}  // namespace

TEST_CASE("a branded screen PDF has RGB images at 150 ppi, photos as JPEG, logos lossless with their transparency",
          "[e2e][brand][screen]") {
    for (const std::string logo : {"logo-rgba.png", "photo.jpg", "logo.svg"}) {
        INFO("logo " << logo);
        const BrandedProfile branded(logo);
        const fs::path pdf = branded.dir.path() / "screen.pdf";
        const CommandResult result = branded.render(pdf);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        CHECK(run_command({"qpdf", "--check", pdf.string()}).exit_code == 0);
        CHECK(fs::file_size(pdf) < 200 * 1024);
        const auto images = listed_images(pdf);
        int jpegs = 0, masks = 0;
        // Where each image is shown largest (its lowest resolution), it is 150 ppi; the
        // logo, made once for the cover, is drawn smaller, so sharper, in the headers.
        std::map<int, int> lowest_ppi;
        for (const ListedImage& image : images) {
            INFO("page " << image.page << " " << image.type << " " << image.width << "x" << image.height);
            CHECK(image.color == (image.type == "smask" ? "gray" : "rgb"));
            const int ppi = std::min(image.x_ppi, image.y_ppi);
            lowest_ppi[image.object] = lowest_ppi.count(image.object) ? std::min(lowest_ppi[image.object], ppi) : ppi;
            jpegs += image.encoding == "jpeg";
            masks += image.type == "smask";
        }
        for (const auto& [object, ppi] : lowest_ppi) {
            INFO("object " << object);
            CHECK(ppi <= 151);
        }
        std::set<int> logo_objects;
        for (const ListedImage& image : images)
            if (image.type == "image" && image.encoding != "jpeg") logo_objects.insert(image.object);
        CHECK(logo_objects.size() == 1);  // the logo is embedded once, however many pages show it
        // The cover photo and the video preview are JPEG; the logo, on every page, is not.
        CHECK(jpegs == 2);
        CHECK(masks == (logo == "photo.jpg" ? 0 : static_cast<int>(images.size()) - 2 - masks));
        // The cover photo fills the page's width at 150 ppi.
        const auto cover = std::find_if(images.begin(), images.end(),
                                        [](const ListedImage& image) { return image.page == 1 && image.encoding == "jpeg"; });
        REQUIRE(cover != images.end());
        CHECK(cover->width == Approx(8.27 * 150).margin(2));
    }
}

TEST_CASE("a branded print PDF has only CMYK images, at 300 ppi or warned about, and no transparency",
          "[e2e][brand][print]") {
    SECTION("an SVG logo is drawn at 300 ppi, the photo kept at its own resolution") {
        const BrandedProfile branded("logo.svg");
        const fs::path pdf = branded.dir.path() / "print.pdf";
        const CommandResult result = branded.render(pdf, {"--target", "print"});
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        CHECK(result.err.find("ppi at its printed size") == std::string::npos);
        CHECK(run_command({"qpdf", "--check", pdf.string()}).exit_code == 0);
        for (const ListedImage& image : listed_images(pdf)) {
            INFO("page " << image.page << " " << image.type << " " << image.width << "x" << image.height);
            CHECK(image.type == "image");  // no soft mask: transparency is flattened
            CHECK(image.color == "cmyk");
            CHECK(image.x_ppi >= 299);
            CHECK(image.y_ppi >= 299);
        }
    }
    SECTION("a small logo is printed as it is, with a preflight warning at its line") {
        const BrandedProfile branded("logo-rgba.png");
        const fs::path pdf = branded.dir.path() / "print.pdf";
        const CommandResult result = branded.render(pdf, {"--target", "print"});
        REQUIRE(result.exit_code == 0);
        const std::regex warning(R"(profile\.yaml:\d+:9: warning: brand\.logo is \d+ ppi at its printed size \(\d+ × \d+ mm\); print needs 300)");
        CHECK(std::regex_search(result.err, warning));
        for (const ListedImage& image : listed_images(pdf)) CHECK(image.color == "cmyk");
        // A preflight warning is an error for those who ask.
        CHECK(branded.render(branded.dir.path() / "strict.pdf", {"--target", "print", "--werror"}).exit_code == 1);
    }
}

TEST_CASE("the cover shows the photo it was given, cropped to its frame", "[e2e][brand]") {
    const BrandedProfile branded("logo.svg");
    const fs::path pdf = branded.dir.path() / "screen.pdf";
    REQUIRE(branded.render(pdf).exit_code == 0);
    constexpr int kDpi = 50;
    REQUIRE(run_command({"pdftoppm", "-r", std::to_string(kDpi), "-f", "1", "-l", "1", "-singlefile", pdf.string(),
                         (branded.dir.path() / "page").string()})
                .exit_code == 0);
    const RgbImage page = rgb_image_from_ppm(read_bytes(branded.dir.path() / "page.ppm"), "page 1");

    // Where the layout put it, and which part of the photo it shows.
    const LoadResult loaded = load_profile_from_text(read_bytes(branded.profile), branded.profile.string());
    REQUIRE(loaded.profile);
    std::vector<Diagnostic> problems;
    const ProfileImages images = load_images(*loaded.profile, branded.dir.path().string(), problems);
    const TrueTypeMetrics metrics(project_fonts());
    RenderSettings settings;
    settings.metrics = &metrics;
    const LayoutResult layout = layout_profile(*loaded.profile, settings, images.placed);
    const PlacedImage* cover = nullptr;
    for (const Item& item : layout.document.pages.at(0).items)
        if (const auto* placed = std::get_if<PlacedImage>(&item); placed && placed->image.id == images.placed.cover->id)
            cover = placed;
    REQUIRE(cover != nullptr);
    const DecodedImage& decoded = images.images[cover->image.id].decoded;
    std::string decode_error;
    const Raster photo = pixels_at_least(decoded, 0, 0, decode_error);
    REQUIRE(decode_error.empty());

    // The photo's left, middle and right thirds, averaged, against the same thirds of
    // the page region it fills (a few pixels in from its edges).
    const double scale = kDpi / 72.0;
    for (int third = 0; third < 3; ++third) {
        INFO("third " << third);
        const int left = static_cast<int>(cover->frame.left_pt * scale + third * cover->frame.width_pt * scale / 3) + 3;
        const int width = static_cast<int>(cover->frame.width_pt * scale / 3) - 6;
        const RgbImage shown = cropped(page, left, static_cast<int>(cover->frame.top_pt * scale) + 3, width,
                                       static_cast<int>(cover->frame.height_pt * scale) - 6);
        const int source_left = static_cast<int>(cover->crop_px.left_pt + third * cover->crop_px.width_pt / 3);
        const int source_width = static_cast<int>(cover->crop_px.width_pt / 3);
        for (int channel = 0; channel < 3; ++channel) {
            double shown_sum = 0, source_sum = 0;
            for (std::size_t i = static_cast<std::size_t>(channel); i < shown.rgb.size(); i += 3) shown_sum += shown.rgb[i];
            for (int y = static_cast<int>(cover->crop_px.top_pt); y < static_cast<int>(cover->crop_px.bottom_pt()); ++y)
                for (int x = source_left; x < source_left + source_width; ++x)
                    source_sum += photo.samples[(static_cast<std::size_t>(y) * photo.width + x) * 3 + channel];
            const double shown_mean = shown_sum / (shown.rgb.size() / 3.0);
            const double source_mean = source_sum / (static_cast<double>(source_width) * std::floor(cover->crop_px.height_pt));
            CHECK(shown_mean == Approx(source_mean).margin(8));
        }
    }
}

TEST_CASE("a brand colour text cannot read on is warned about at its line, and the text on it still reads",
          "[e2e][brand]") {
    const BrandedProfile branded("logo.svg", "#777777");
    const fs::path pdf = branded.dir.path() / "grey.pdf";
    const CommandResult result = branded.render(pdf);
    CHECK(result.exit_code == 0);
    const std::regex warning(R"(profile\.yaml:\d+:12: warning: brand\.primary: text on #777777 reaches a contrast of 4\.48:1)");
    CHECK(std::regex_search(result.err, warning));
    CHECK(branded.render(branded.dir.path() / "strict.pdf", {"--werror"}).exit_code == 1);
}

TEST_CASE("a build renders a brochure again when one of its images changes", "[e2e][brand][batch]") {
    const BrandedProfile branded("logo.svg");
    const fs::path out = branded.dir.path() / "out";
    const auto build = [&] {
        return run_command({brochure_executable().string(), "build", branded.profile.string(), "--out", out.string()});
    };
    REQUIRE(build().exit_code == 0);
    CHECK_THAT(build().err, Catch::Contains("0 rendered, 1 skipped"));
    std::string svg = read_bytes(branded.dir.path() / "images" / "logo.svg");
    svg.replace(svg.find("#143c78"), 7, "#7a1c14");
    write_bytes(branded.dir.path() / "images" / "logo.svg", svg);
    CHECK_THAT(build().err, Catch::Contains("1 rendered, 0 skipped"));
}
