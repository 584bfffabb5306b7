#pragma once
// Colours as the layout hands them to the renderer.

#include <optional>
#include <string_view>

namespace brochure {

/// An sRGB colour, each channel in [0, 1].
struct Color {
    double red = 0;
    double green = 0;
    double blue = 0;

    bool operator==(const Color&) const = default;
};

/// Parses "#rrggbb" (case-insensitive); nullopt for anything else.
std::optional<Color> color_from_hex(std::string_view hex);

}  // namespace brochure
