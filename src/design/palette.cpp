#include "design/palette.hpp"

#include <fmt/format.h>

#include "design/theme.hpp"

namespace brochure {

namespace {

// Steps by which a colour is darkened or quietened until it reads: fine enough that the
// result stays as close to the brand as the contrast allows.
constexpr double kMixStep = 0.05;

// White or near-black text, whichever contrasts more with `ground`.
Color text_on(const Color& ground) {
    return contrast_ratio(theme::kWhite, ground) >= contrast_ratio(theme::kInk, ground) ? theme::kWhite : theme::kInk;
}

// `color` mixed toward `toward` in kMixStep steps until it has kLeastTextContrast with
// `ground` (or is `toward` itself).
Color until_readable(const Color& color, const Color& toward, const Color& ground) {
    for (double amount = 0; amount < 1; amount += kMixStep) {
        const Color candidate = amount == 0 ? color : mix(color, toward, amount);
        if (contrast_ratio(candidate, ground) >= kLeastTextContrast) return candidate;
    }
    return toward;
}

std::string ratio_text(double ratio) { return fmt::format("{:.2f}:1", ratio); }

}  // namespace

Palette palette_for(const Profile& profile, std::vector<Diagnostic>& diagnostics) {
    const Brand& brand = profile.brand;
    Palette palette;
    palette.primary = brand.primary ? brand.primary->value : theme::kNavy;
    palette.accent = brand.accent ? brand.accent->value : theme::kAmber;
    palette.on_primary = text_on(palette.primary);
    const double text_contrast = contrast_ratio(palette.on_primary, palette.primary);
    if (brand.primary && text_contrast < kLeastTextContrast) {
        diagnostics.push_back(Diagnostic{
            Severity::warning, profile.source_path, brand.primary->position,
            fmt::format("brand.primary: text on {} reaches a contrast of {} at best ({} text), below the {} "
                        "that small text needs",
                        hex_from_color(palette.primary), ratio_text(text_contrast),
                        palette.on_primary == theme::kWhite ? "white" : "near-black", ratio_text(kLeastTextContrast)),
            {"choose a darker or a lighter shade of the colour; the brochure's text on it stays as readable as it can"},
            Rule::low_contrast, "brand.primary"});
    }
    // The quiet text keeps a little of the primary's hue, as the theme's pale blue on navy.
    const Color quiet = mix(palette.on_primary, palette.primary, 0.2);
    palette.on_primary_quiet =
        contrast_ratio(quiet, palette.primary) >= kLeastTextContrast ? quiet : palette.on_primary;
    palette.accent_on_primary = contrast_ratio(palette.accent, palette.primary) >= kLeastTextContrast
                                    ? palette.accent
                                    : palette.on_primary;
    // Measured on the panels' mist, the darkest paper the brochure prints text on.
    palette.primary_on_paper = until_readable(palette.primary, theme::kInk, theme::kMist);

    if (brand.accent) {
        const double difference = color_difference(palette.accent, palette.primary);
        if (difference < kLeastAccentDifference) {
            diagnostics.push_back(Diagnostic{
                Severity::warning, profile.source_path, brand.accent->position,
                fmt::format("brand.accent: {} is too close to the primary colour {} to stand out on it "
                            "(a difference of ΔE {:.1f}; at least {:.0f} is needed)",
                            hex_from_color(palette.accent), hex_from_color(palette.primary), difference,
                            kLeastAccentDifference),
                {"choose an accent that differs from the primary in lightness or hue"},
                Rule::low_contrast, "brand.accent"});
        }
    }
    return palette;
}

}  // namespace brochure
