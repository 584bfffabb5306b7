// How colours print: the theme's own inks, and the rule for colours that name none.

#include <catch2/catch.hpp>

#include "core/color.hpp"
#include "design/theme.hpp"

using namespace brochure;

TEST_CASE("a colour without inks of its own prints greys on black alone", "[print][color]") {
    CHECK(cmyk_from_rgb(Color{1, 1, 1}) == Cmyk{0, 0, 0, 0});
    CHECK(cmyk_from_rgb(Color{0, 0, 0}) == Cmyk{0, 0, 0, 1});
    const Cmyk grey = cmyk_from_rgb(Color{0.25, 0.25, 0.25});
    CHECK(grey.cyan == 0);
    CHECK(grey.magenta == 0);
    CHECK(grey.yellow == 0);
    CHECK(grey.black == Approx(0.75));
    const Cmyk orange = cmyk_from_rgb(Color{1, 0.5, 0});
    CHECK(orange.cyan == 0);
    CHECK(orange.magenta == Approx(0.5));
    CHECK(orange.yellow == Approx(1));
    CHECK(orange.black == 0);
}

TEST_CASE("a colour's own inks win over the rule", "[print][color]") {
    CHECK(print_inks(theme::kNavy) == *theme::kNavy.print);
    CHECK(print_inks(Color{0.2, 0.4, 0.6}) == cmyk_from_rgb(Color{0.2, 0.4, 0.6}));
}

TEST_CASE("the theme's ink colour prints as pure black, and text colours on black alone", "[print][color]") {
    CHECK(print_inks(theme::kInk) == Cmyk{0, 0, 0, 1});
    CHECK(print_inks(theme::kMuted).cyan == 0);
    CHECK(print_inks(theme::kMuted).magenta == 0);
    CHECK(print_inks(theme::kMuted).yellow == 0);
    for (const Color& color : {theme::kNavy, theme::kAmber, theme::kInk, theme::kMuted, theme::kMist, theme::kSteel,
                               theme::kWhite}) {
        REQUIRE(color.print.has_value());
        const Cmyk& inks = *color.print;
        // Offset presses smear above about 300 % total ink.
        CHECK(inks.cyan + inks.magenta + inks.yellow + inks.black <= 3.0);
    }
}
