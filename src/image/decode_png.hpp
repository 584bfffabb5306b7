#pragma once
// PNG through libspng: every colour type, bit depth and interlacing, as 8-bit RGB + alpha.

#include <string_view>

#include "image/decode_image.hpp"

namespace brochure {

/// Decodes a PNG file's bytes (which start with the PNG signature).
DecodeResult decode_png(std::string_view bytes);

}  // namespace brochure
