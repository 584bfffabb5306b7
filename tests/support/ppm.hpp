#pragma once
// Binary PPM (P6) images, the format pdftoppm writes by default and zbarimg reads.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace brochure::test {

/// An 8-bit RGB image, rows top to bottom, 3 bytes per pixel.
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;  ///< width × height × 3 bytes
};

/// Parses a P6 image with a maximum value of 255 (comments in the header allowed);
/// throws std::runtime_error naming `what` when the bytes are not one.
RgbImage rgb_image_from_ppm(const std::string& bytes, const std::string& what);

/// The P6 encoding of `image`.
std::string ppm_from_rgb_image(const RgbImage& image);

/// The part of `image` from column `left` and row `top`, `width` × `height` pixels,
/// clipped to the image.
RgbImage cropped(const RgbImage& image, int left, int top, int width, int height);

}  // namespace brochure::test
