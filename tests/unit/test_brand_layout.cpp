// The brand on the page, without a PDF: the logo and the photo take their frames without
// covering any text, and a name beside the logo steps down a size rather than lose its
// last letters to a second line.

#include <catch2/catch.hpp>

#include <map>
#include <variant>

#include "design/layout_brochure.hpp"
#include "design/theme.hpp"
#include "fonts/truetype_metrics.hpp"
#include "model/load_profile.hpp"
#include "support/layout_checks.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

const TrueTypeMetrics& metrics() {
    static const TrueTypeMetrics real(project_fonts());
    return real;
}

Profile sample_named(const std::string& name) {
    std::string text = sample_profile_text();
    const std::size_t at = text.find("name: NATO\n");
    REQUIRE(at != std::string::npos);
    text.replace(at, 11, "name: " + name + "\n");
    const LoadResult loaded = load_profile_from_text(text, "sample.yaml");
    REQUIRE(loaded.profile);
    return *loaded.profile;
}

BrochureImages wide_logo_and_photo(std::size_t videos) {
    BrochureImages images;
    images.logo = ImageRef{0, 900, 150};
    images.cover = ImageRef{1, 3000, 1200};
    for (std::size_t i = 0; i < videos; ++i) images.videos.push_back(ImageRef{2 + i, 640, 360});
    return images;
}

}  // namespace

TEST_CASE("images cover no text, and stay in the page", "[layout][brand]") {
    for (const std::string name : {"NATO", "Fraunhofer", "The Document Foundation Europe"}) {
        INFO(name);
        const Profile profile = sample_named(name);
        const LayoutResult layout =
            layout_brochure(profile, metrics(), kA4Paper, nullptr, 0, wide_logo_and_photo(profile.videos.size()));
        REQUIRE_FALSE(layout.document.pages.empty());
        for (const std::string& problem : layout_problems(layout.document, metrics(), theme::kMarginPt)) FAIL_CHECK(problem);
        for (const Page& page : layout.document.pages)
            for (const Item& item : page.items) {
                const auto* image = std::get_if<PlacedImage>(&item);
                if (!image) continue;
                // A photo may run into the bleed; nothing leaves the paper otherwise.
                CHECK(image->frame.left_pt >= -page.bleed_pt - 1e-6);
                CHECK(image->frame.right_pt() <= page.width_pt + page.bleed_pt + 1e-6);
                // Never stretched: the frame and the crop have one proportion.
                CHECK(image->frame.width_pt / image->frame.height_pt ==
                      Approx(image->crop_px.width_pt / image->crop_px.height_pt).epsilon(1e-6));
                for (const Item& other : page.items)
                    if (const auto* run = std::get_if<TextRun>(&other); run && !run->text.empty())
                        CHECK_FALSE(bounds_of(other, metrics()).overlaps(image->frame));
            }
    }
}

TEST_CASE("a name beside the logo steps down a size rather than cut a word", "[layout][brand]") {
    const Profile profile = sample_named("Fraunhofer");
    const LayoutResult layout =
        layout_brochure(profile, metrics(), kA4Paper, nullptr, 0, wide_logo_and_photo(profile.videos.size()));
    REQUIRE_FALSE(layout.document.pages.empty());
    // The name's runs (kerning splits a line into several), by baseline: one line.
    std::map<double, std::string> name_lines;
    for (const Item& item : layout.document.pages[0].items)
        if (const auto* run = std::get_if<TextRun>(&item); run && run->size_pt >= 24) name_lines[run->baseline_pt] += run->text;
    REQUIRE(name_lines.size() == 1);
    CHECK(name_lines.begin()->second == "Fraunhofer");
}
