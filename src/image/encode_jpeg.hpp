#pragma once
// Photos as JPEG for screens and e-mail, through libjpeg-turbo.

#include <string>

#include "image/raster.hpp"

namespace brochure {

/// `raster`'s colour (alpha ignored) as a baseline JPEG at `quality` (1 to 100), 4:2:0
/// chroma for RGB. Empty when libjpeg fails (it only can on a raster with no pixels).
std::string encode_jpeg(const Raster& raster, int quality);

}  // namespace brochure
