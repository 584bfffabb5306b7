#pragma once
// An image made ready for one placement on one target: cropped, brought to the
// resolution the target needs, in the target's colour space, and encoded.

#include <cstdint>
#include <string>
#include <vector>

#include "image/decode_image.hpp"
#include "layout/document.hpp"
#include "render/cmyk_conversion.hpp"

namespace brochure {

/// What a target asks of its images.
struct ImagePolicy {
    double ppi = 150;             ///< the resolution to bring images down to
    double resample_above_ppi = 150;  ///< images sharper than this are brought down to `ppi`; others kept
    /// true: the images print, in CMYK, transparency flattened; false: sRGB for screens,
    /// transparency kept as a soft mask.
    bool print = false;
    /// The output profile's conversions: needed for print, and on screen for CMYK images.
    const CmykConversion* conversion = nullptr;
};

/// The pixels to embed, in the target's colour space.
struct PreparedImage {
    /// Its size and colour space (RGB or CMYK). No samples: they are held, encoded, by
    /// `jpeg` or `deflated_colour`, and `deflated_alpha`.
    Raster raster;
    std::string jpeg;  ///< set: the colour encoded as JPEG (photos on screen), else raw for Flate
    /// The colour samples deflated (zlib_deflated) when there is no `jpeg`, and the alpha
    /// samples, only on screen and only when there are any: made with the image, so that
    /// an image shared by many documents is compressed once.
    std::string deflated_colour;
    std::string deflated_alpha;
    bool file_at_fault = false;  ///< on failure: the image's file did not decode or draw
};

/// `image` for `placement` under `policy`; `photograph` encodes its colour as JPEG on
/// screen. Empty raster and `error` set when a JPEG's data is damaged or an SVG cannot
/// be drawn (file_at_fault set), or a conversion is needed and `policy` has none.
PreparedImage prepare_image(const DecodedImage& image, const PlacedImage& placement, const ImagePolicy& policy,
                            bool photograph, std::string& error);

/// The resolution `placement` shows its image at, in pixels per inch (the lower of across
/// and down); for an SVG, which is drawn at the size it needs, infinity.
double placed_ppi(const DecodedImage& image, const PlacedImage& placement);

}  // namespace brochure
