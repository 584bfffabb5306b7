#include "core/color.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace brochure {

namespace {
int hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::optional<Color> color_from_hex(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
    double channels[3];
    for (int i = 0; i < 3; ++i) {
        const int high = hex_digit_value(hex[1 + 2 * i]);
        const int low = hex_digit_value(hex[2 + 2 * i]);
        if (high < 0 || low < 0) return std::nullopt;
        channels[i] = (high * 16 + low) / 255.0;
    }
    return Color{channels[0], channels[1], channels[2]};
}

std::string hex_from_color(const Color& color) {
    const auto byte = [](double channel) { return static_cast<int>(std::lround(std::clamp(channel, 0.0, 1.0) * 255)); };
    return fmt::format("#{:02x}{:02x}{:02x}", byte(color.red), byte(color.green), byte(color.blue));
}

namespace {

// The sRGB transfer function undone: a channel's linear light, in [0, 1].
double linear_from_srgb(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

struct Lab {
    double lightness, a, b;
};

// CIELAB of an sRGB colour, white point D65 (IEC 61966-2-1's matrix).
Lab lab_from_color(const Color& color) {
    const double r = linear_from_srgb(color.red), g = linear_from_srgb(color.green), b = linear_from_srgb(color.blue);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return Lab{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

}  // namespace

double relative_luminance(const Color& color) {
    return 0.2126 * linear_from_srgb(color.red) + 0.7152 * linear_from_srgb(color.green) +
           0.0722 * linear_from_srgb(color.blue);
}

double contrast_ratio(const Color& a, const Color& b) {
    const double first = relative_luminance(a), second = relative_luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

double color_difference(const Color& a, const Color& b) {
    const Lab first = lab_from_color(a), second = lab_from_color(b);
    return std::hypot(first.lightness - second.lightness, first.a - second.a, first.b - second.b);
}

Color mix(const Color& from, const Color& to, double amount) {
    const auto between = [amount](double x, double y) { return x + (y - x) * amount; };
    return Color{between(from.red, to.red), between(from.green, to.green), between(from.blue, to.blue)};
}



}  // namespace brochure
