#pragma once
// JPEG through libjpeg-turbo: baseline and progressive, grey, RGB and CMYK (Adobe's
// inverted CMYK included), turned upright by its EXIF orientation.

#include <string_view>

#include "image/decode_image.hpp"

namespace brochure {

/// Reads a JPEG file's header (the bytes start with the SOI marker): the result holds its
/// upright size and its colour space, not its pixels (decode_image adds the file). Damage in the
/// entropy-coded data is found where the pixels are decoded (decode_jpeg_region), which
/// reads only as far as a page shows: decoding every scan here as well cost as much as
/// the render's own decode.
DecodeResult decode_jpeg(std::string_view bytes);

/// The pixels of `region` (upright image pixels) of the JPEG, upright, decoded at the
/// smallest scale M/8 (M from 1 to 8) that gives at least `least_width` × `least_height`
/// upright pixels for the whole image, or at full size when none does. Only the rows and
/// columns the region covers are made (widened to libjpeg's blocks), and the data after
/// its last row is not read. `error` set (and the raster empty) when the file does not
/// decode (damaged data, or more progressive scans than any encoder writes).
PixelRegion decode_jpeg_region(std::string_view bytes, int least_width, int least_height, const Rect& region,
                               std::string& error);

}  // namespace brochure
