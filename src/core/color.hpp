#pragma once
// Colours as the layout hands them to the renderer.

#include <optional>
#include <string>
#include <string_view>

namespace brochure {

/// A colour as process inks: cyan, magenta, yellow and black coverage, each in [0, 1].
struct Cmyk {
    double cyan = 0;
    double magenta = 0;
    double yellow = 0;
    double black = 0;

    bool operator==(const Cmyk&) const = default;
};

/// An sRGB colour, each channel in [0, 1], with the inks it prints as.
struct Color {
    /// Black, with no inks of its own.
    constexpr Color() = default;
    /// `red`, `green` and `blue` in [0, 1]; `print` the inks it prints with, if chosen.
    constexpr Color(double red, double green, double blue, std::optional<Cmyk> print = std::nullopt)
        : red(red), green(green), blue(blue), print(print) {}

    double red = 0;
    double green = 0;
    double blue = 0;
    std::optional<Cmyk> print;  ///< chosen inks; nullopt: the print output profile decides

    bool operator==(const Color&) const = default;
};

/// Parses "#rrggbb" (case-insensitive); nullopt for anything else.
std::optional<Color> color_from_hex(std::string_view hex);

/// "#rrggbb" of the colour's sRGB value, lower case.
std::string hex_from_color(const Color& color);

/// WCAG 2.x relative luminance of the sRGB value: 0 for black, 1 for white.
double relative_luminance(const Color& color);

/// WCAG 2.x contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrast_ratio(const Color& a, const Color& b);

/// CIE 1976 colour difference (ΔE*ab) of the two sRGB values, through CIELAB under D65:
/// about 2.3 is the smallest difference an eye notices side by side.
double color_difference(const Color& a, const Color& b);

/// `from` moved `amount` (0 to 1) of the way to `to`, channel by channel in sRGB. The
/// result names no inks: it prints through the colour management of the target.
Color mix(const Color& from, const Color& to, double amount);

}  // namespace brochure
