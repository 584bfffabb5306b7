// The brand's colours: contrast measured as WCAG 2.x defines it, text on the brand chosen
// to read, and warnings at the line of a colour that cannot be made to.

#include <catch2/catch.hpp>

#include "core/color.hpp"
#include "design/palette.hpp"
#include "design/theme.hpp"
#include "model/load_profile.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

Profile with_brand(std::optional<std::string> primary, std::optional<std::string> accent) {
    Profile profile;
    profile.source_path = "brand.yaml";
    if (primary) profile.brand.primary = Located<Color>{*color_from_hex(*primary), {12, 12}};
    if (accent) profile.brand.accent = Located<Color>{*color_from_hex(*accent), {13, 11}};
    return profile;
}

}  // namespace

TEST_CASE("contrast ratios and colour differences are those of WCAG 2.x and CIELAB", "[color]") {
    CHECK(contrast_ratio(Color{0, 0, 0}, Color{1, 1, 1}) == Approx(21));
    CHECK(contrast_ratio(Color{1, 1, 1}, Color{1, 1, 1}) == Approx(1));
    // #767676 on white is the WCAG's own example of just passing 4.5:1.
    CHECK(contrast_ratio(*color_from_hex("#767676"), Color{1, 1, 1}) == Approx(4.54).margin(0.01));
    CHECK(relative_luminance(*color_from_hex("#808080")) == Approx(0.2159).margin(0.0005));
    CHECK(color_difference(Color{1, 1, 1}, Color{0, 0, 0}) == Approx(100).margin(0.01));
    CHECK(color_difference(*color_from_hex("#0a3d7a"), *color_from_hex("#0a3d7b")) < 1);
    CHECK(hex_from_color(*color_from_hex("#0A3D7A")) == "#0a3d7a");
}

TEST_CASE("text on the brand's primary is white or near-black, whichever reads", "[color][brand]") {
    std::vector<Diagnostic> diagnostics;
    SECTION("a dark primary takes white text") {
        const Palette palette = palette_for(with_brand("#0a3d7a", std::nullopt), diagnostics);
        CHECK(palette.on_primary == theme::kWhite);
        CHECK(contrast_ratio(palette.on_primary_quiet, palette.primary) >= kLeastTextContrast);
        CHECK(palette.primary_on_paper == palette.primary);  // it reads on paper as it is
        CHECK(palette.accent == theme::kAmber);               // the theme's, unnamed
        CHECK(diagnostics.empty());
    }
    SECTION("a light primary takes near-black text, and is darkened for headings on paper") {
        const Palette palette = palette_for(with_brand("#ffd21f", "#1b3a4b"), diagnostics);
        CHECK(palette.on_primary == theme::kInk);
        CHECK(contrast_ratio(palette.on_primary, palette.primary) >= kLeastTextContrast);
        CHECK(palette.primary_on_paper != palette.primary);
        CHECK(contrast_ratio(palette.primary_on_paper, theme::kMist) >= kLeastTextContrast);
        CHECK(contrast_ratio(palette.primary_on_paper, theme::kWhite) >= kLeastTextContrast);
        CHECK(diagnostics.empty());
    }
    SECTION("an accent that cannot be read on the primary gives its overlines the primary's text colour") {
        const Palette palette = palette_for(with_brand("#0a3d7a", "#c0392b"), diagnostics);
        CHECK(contrast_ratio(palette.accent, palette.primary) < kLeastTextContrast);
        CHECK(palette.accent_on_primary == palette.on_primary);
        CHECK(palette.accent == *color_from_hex("#c0392b"));  // rules and bullets keep it
    }
}

TEST_CASE("a primary no text reads on, and an accent too close to it, are warned about at their lines",
          "[color][brand]") {
    std::vector<Diagnostic> diagnostics;
    const Palette palette = palette_for(with_brand("#777777", "#7a7a7a"), diagnostics);
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].severity == Severity::warning);
    CHECK(diagnostics[0].position.line == 12);
    CHECK(diagnostics[0].position.column == 12);
    CHECK_THAT(diagnostics[0].message,
               Catch::StartsWith("brand.primary: text on #777777 reaches a contrast of 4.48:1 at best (white text)"));
    CHECK(diagnostics[1].position.line == 13);
    CHECK_THAT(diagnostics[1].message, Catch::StartsWith("brand.accent: #7a7a7a is too close to the primary colour #777777"));
    // The text still takes the better of the two.
    CHECK(palette.on_primary == theme::kWhite);
}

TEST_CASE("brand colours are read as #rrggbb, at their lines", "[color][brand][load]") {
    const std::string start = R"(lang: en
name: X
tagline: Y
founded: 2000
countries: 1
about: Z
headquarters: {city: A, country: B, address: C, description: D}
staff: {total: 1, description: E}
)";
    const LoadResult good = load_profile_from_text(start + "brand: {primary: '#0A3D7A', accent: '#f2a900'}\n", "p.yaml");
    REQUIRE(good.profile);
    REQUIRE(good.profile->brand.primary);
    CHECK(good.profile->brand.primary->value == *color_from_hex("#0a3d7a"));
    CHECK(good.profile->brand.primary->position.line == 9);

    const LoadResult bad = load_profile_from_text(start + "brand:\n  primary: navy\n  accent: '#12345'\n", "p.yaml");
    CHECK_FALSE(bad.profile);
    REQUIRE(bad.diagnostics.size() == 2);
    CHECK(bad.diagnostics[0].position.line == 10);
    CHECK(bad.diagnostics[0].message == "brand.primary: expected a colour written #rrggbb, got \"navy\"");
    CHECK(bad.diagnostics[1].position.line == 11);
    CHECK(bad.diagnostics[1].position.column == 11);
}
