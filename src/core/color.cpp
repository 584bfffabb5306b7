#include "core/color.hpp"

#include <algorithm>

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

Cmyk cmyk_from_rgb(const Color& color) {
    const double brightest = std::max({color.red, color.green, color.blue});
    const double black = 1 - brightest;
    if (brightest <= 0) return Cmyk{0, 0, 0, 1};
    return Cmyk{(brightest - color.red) / brightest, (brightest - color.green) / brightest,
                (brightest - color.blue) / brightest, black};
}

Cmyk print_inks(const Color& color) { return color.print ? *color.print : cmyk_from_rgb(color); }

}  // namespace brochure
