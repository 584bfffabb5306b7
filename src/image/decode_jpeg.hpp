#pragma once
// JPEG through libjpeg-turbo: baseline and progressive, grey, RGB and CMYK (Adobe's
// inverted CMYK included), turned upright by its EXIF orientation.

#include <string_view>

#include "image/decode_image.hpp"

namespace brochure {

/// Decodes a JPEG file's bytes (which start with the SOI marker).
DecodeResult decode_jpeg(std::string_view bytes);

}  // namespace brochure
