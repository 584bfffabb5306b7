#pragma once
// The brochure's colours for one profile: the theme's navy and amber, or the brand's own
// primary and accent, with the text colours that stay readable on them.

#include <vector>

#include "core/color.hpp"
#include "core/diagnostic.hpp"
#include "layout/text_style.hpp"
#include "model/profile.hpp"

namespace brochure {

/// WCAG 2.x level AA for body-size text: the least contrast text keeps with its ground.
inline constexpr double kLeastTextContrast = 4.5;
/// The least CIELAB difference (ΔE*ab) between accent and primary: less, and the accent's
/// rules and overlines no longer stand out on the primary's bands.
inline constexpr double kLeastAccentDifference = 20;

struct Palette {
    Color primary;            ///< bands, callouts, chart bars
    Color accent;             ///< rules, bullets and markers
    Color on_primary;         ///< text on the primary: white or near-black, whichever contrasts more
    Color on_primary_quiet;   ///< secondary text on the primary, still at kLeastTextContrast when it can be
    Color accent_on_primary;  ///< overlines on the primary: the accent if it reads there, else on_primary
    Color primary_on_paper;   ///< headings on paper and panels: the primary, darkened until it reads

    /// `style` in the primary's colour, as it reads on paper (headings, figures).
    TextStyle on_paper(TextStyle style) const {
        style.color = primary_on_paper;
        return style;
    }
};

/// The palette of the profile's brand, the theme's colours where it names none. A colour
/// that text cannot read on, or an accent too close to the primary, is warned about at
/// its line in `diagnostics`; the palette still holds the most readable choice.
Palette palette_for(const Profile& profile, std::vector<Diagnostic>& diagnostics);

}  // namespace brochure
