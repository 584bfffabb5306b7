#pragma once
// SVG through librsvg, in the SVG worker process (svg_worker_client.hpp): parsed once to
// learn its size, drawn later at the size it is placed.

#include <string_view>

#include "image/decode_image.hpp"

namespace brochure {

/// Parses an SVG document and reads its intrinsic size. It may load nothing from outside
/// the bytes it is given: no base address is set, so librsvg resolves no reference.
DecodeResult decode_svg(std::string_view bytes);

}  // namespace brochure
