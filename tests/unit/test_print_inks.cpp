// How colours print: the theme's own inks, and every other colour through the FOGRA39
// output profile the build makes.

#include <catch2/catch.hpp>

#include "core/color.hpp"
#include "design/theme.hpp"
#include "render/cmyk_conversion.hpp"
#include "render/pdf/output_intents.hpp"
#include "support/files.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

const CmykConversion& fogra39() {
    static const std::shared_ptr<const CmykConversion> conversion = [] {
        std::string error;
        auto made = CmykConversion::from_profile(read_bytes(installed_icc_profile_path(ColorSpace::device_cmyk)), error);
        INFO(error);
        REQUIRE(made);
        return made;
    }();
    return *conversion;
}

double total(const Cmyk& inks) { return inks.cyan + inks.magenta + inks.yellow + inks.black; }

}  // namespace

TEST_CASE("colours without inks of their own print through the FOGRA39 profile", "[print][color]") {
    const CmykConversion& press = fogra39();
    // White is the paper: no ink.
    CHECK(total(press.inks(Color{1, 1, 1})) < 0.01);
    // Black is mostly black ink, within the profile's 330 % total.
    const Cmyk black = press.inks(Color{0, 0, 0});
    CHECK(black.black > 0.85);
    CHECK(total(black) <= 3.3 + 1e-6);
    // sRGB's blue takes cyan and magenta, hardly any yellow; its red magenta and yellow.
    const Cmyk blue = press.inks(Color{0, 0, 1});
    CHECK(blue.cyan > 0.7);
    CHECK(blue.magenta > 0.6);
    CHECK(blue.yellow < 0.1);
    const Cmyk red = press.inks(Color{1, 0, 0});
    CHECK(red.cyan < 0.1);
    CHECK(red.magenta > 0.8);
    CHECK(red.yellow > 0.8);
    // The same colour gives the same inks every time (and from any thread).
    CHECK(press.inks(*color_from_hex("#0a3d7a")) == press.inks(*color_from_hex("#0a3d7a")));
}

TEST_CASE("images print through the same profile, and CMYK ones come back for screens", "[print][color][image]") {
    const CmykConversion& press = fogra39();
    Raster rgb{2, 1, PixelFormat::rgb, {255, 255, 255, 0, 0, 0}, {255, 128}};
    const Raster inks = press.to_cmyk(rgb);
    CHECK(inks.format == PixelFormat::cmyk);
    REQUIRE(inks.samples.size() == 8);
    CHECK(inks.samples[0] + inks.samples[1] + inks.samples[2] + inks.samples[3] < 4);  // white: no ink
    CHECK(inks.samples[7] > 200);                                                        // black: black ink
    CHECK(inks.alpha == rgb.alpha);
    const Raster back = press.to_rgb(inks);
    CHECK(back.format == PixelFormat::rgb);
    CHECK(back.samples[0] > 245);
    CHECK(back.samples[3] < 40);
}

TEST_CASE("the theme's ink colour prints as pure black, and text colours on black alone", "[print][color]") {
    CHECK(*theme::kInk.print == Cmyk{0, 0, 0, 1});
    CHECK(theme::kMuted.print->cyan == 0);
    CHECK(theme::kMuted.print->magenta == 0);
    CHECK(theme::kMuted.print->yellow == 0);
    for (const Color& color : {theme::kNavy, theme::kAmber, theme::kInk, theme::kMuted, theme::kMist, theme::kSteel,
                               theme::kWhite}) {
        REQUIRE(color.print.has_value());
        // Offset presses smear above about 300 % total ink.
        CHECK(total(*color.print) <= 3.0);
    }
}

TEST_CASE("a file that is not a CMYK output profile is refused", "[print][color]") {
    std::string error;
    CHECK_FALSE(CmykConversion::from_profile("not a profile", error));
    CHECK(error == "lcms2 cannot read the CMYK output profile");
    CHECK_FALSE(CmykConversion::from_profile(read_bytes(installed_icc_profile_path(ColorSpace::device_rgb)), error));
    CHECK(error == "the print output profile is not a CMYK output profile");
}
