#include "support/ppm.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace brochure::test {
namespace {

// Reads the next whitespace-separated header number, skipping '#' comments.
int header_number(const std::string& bytes, std::size_t& at, const std::string& what) {
    while (at < bytes.size()) {
        if (std::isspace(static_cast<unsigned char>(bytes[at]))) {
            ++at;
        } else if (bytes[at] == '#') {
            while (at < bytes.size() && bytes[at] != '\n') ++at;
        } else {
            break;
        }
    }
    long value = 0;
    const std::size_t start = at;
    while (at < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[at])) &&
           value < 1'000'000) {
        value = value * 10 + (bytes[at] - '0');
        ++at;
    }
    if (at == start) throw std::runtime_error(what + ": malformed PPM header");
    return static_cast<int>(value);
}

}  // namespace

RgbImage rgb_image_from_ppm(const std::string& bytes, const std::string& what) {
    if (bytes.compare(0, 2, "P6") != 0) throw std::runtime_error(what + ": not a P6 PPM");
    std::size_t at = 2;
    RgbImage image;
    image.width = header_number(bytes, at, what);
    image.height = header_number(bytes, at, what);
    if (header_number(bytes, at, what) != 255) {
        throw std::runtime_error(what + ": only 8-bit PPM is supported");
    }
    ++at;  // the single whitespace byte that ends the header
    const std::size_t size = static_cast<std::size_t>(image.width) * image.height * 3;
    if (bytes.size() < at + size) throw std::runtime_error(what + ": truncated PPM");
    image.rgb.assign(bytes.begin() + static_cast<long>(at),
                     bytes.begin() + static_cast<long>(at + size));
    return image;
}

std::string ppm_from_rgb_image(const RgbImage& image) {
    std::string bytes = "P6\n" + std::to_string(image.width) + " " +
                        std::to_string(image.height) + "\n255\n";
    bytes.append(image.rgb.begin(), image.rgb.end());
    return bytes;
}

RgbImage cropped(const RgbImage& image, int left, int top, int width, int height) {
    const int x0 = std::clamp(left, 0, image.width);
    const int y0 = std::clamp(top, 0, image.height);
    const int x1 = std::clamp(left + width, x0, image.width);
    const int y1 = std::clamp(top + height, y0, image.height);
    RgbImage crop{x1 - x0, y1 - y0, {}};
    crop.rgb.reserve(static_cast<std::size_t>(crop.width) * crop.height * 3);
    for (int y = y0; y < y1; ++y) {
        const auto row = image.rgb.begin() + (static_cast<long>(y) * image.width + x0) * 3;
        crop.rgb.insert(crop.rgb.end(), row, row + crop.width * 3);
    }
    return crop;
}

}  // namespace brochure::test
