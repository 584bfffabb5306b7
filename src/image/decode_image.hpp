#pragma once
// Image files as the profile names them (PNG, JPEG, SVG), decoded by our own code with
// the libraries' error callbacks, so that a hostile file is an error message, never a
// crash. The renderer is handed pixels only.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "image/raster.hpp"
#include "io/content_hash.hpp"

namespace brochure {

/// Largest image file accepted, in bytes: a print-quality photo is a few megabytes.
inline constexpr std::size_t kMaxImageFileBytes = 32 * 1024 * 1024;
/// Most pixels an image may have, checked from its header before any pixel is decoded: a
/// 45-megapixel camera's photo passes, and the decoded pixels stay under 200 MB.
inline constexpr long long kMaxImagePixels = 50'000'000;
/// Longest side in pixels: a thin strip of millions of pixels is no image to print.
inline constexpr int kMaxImageSide = 20'000;

enum class ImageFormat { png, jpeg, svg };

/// "PNG", "JPEG" or "SVG".
std::string_view format_name(ImageFormat format);

/// A decoded image file: pixels for PNG; for JPEG, the file itself, its header read,
/// whose pixels are decoded at the size a placement needs (pixels_at_least), which
/// libjpeg does at a fraction of the cost of decoding all and shrinking; for SVG, the
/// document itself, drawn at the size it is placed at (rasterize_svg).
struct DecodedImage {
    ImageFormat format = ImageFormat::png;
    double width_px = 0;   ///< upright width: pixels, or the SVG's own size in CSS pixels
    double height_px = 0;  ///< upright height
    PixelFormat pixel_format = PixelFormat::rgb;  ///< PNG and JPEG: the colour space of the pixels
    Raster raster;         ///< PNG: the pixels
    /// The file's bytes, shared rather than copied (a cover photo's are megabytes): what a
    /// JPEG's pixels are decoded from and an SVG is drawn from.
    std::shared_ptr<const std::string> file;
    /// content_digest of `file`, taken once: what a build's key and the cache of prepared
    /// images name the file by.
    ContentDigest file_digest;
};

struct DecodeResult {
    DecodedImage image;
    std::string error;  ///< empty on success; else a sentence without the file's name
    bool ok() const { return error.empty(); }
};

/// Decodes `bytes`, whose type is told by its first bytes, not its name; `file_name` is
/// used only to say when the two disagree (an error: a renamed file is a mistake worth
/// knowing about). Over-large images are refused before their pixels are decoded. The
/// bytes become the decoded image's `file`.
DecodeResult decode_image(std::string bytes, std::string_view file_name);

/// Part of an image's pixels, at a scale of its own.
struct PixelRegion {
    Raster raster;            ///< upright
    double scale_across = 1;  ///< pixels of the scaled image per pixel of the image
    double scale_down = 1;
    int left = 0;  ///< where `raster` lies in the scaled image
    int top = 0;
};

/// The pixels of a PNG or JPEG `image` that `region` (in its upright pixels) covers, at
/// least `least_width` × `least_height` for the whole image where it has that many: a
/// JPEG is decoded at the smallest of libjpeg's scales, 1/8 to 8/8, that gives them, and
/// only as far as the region needs; a PNG is given whole. Empty raster and `error` set
/// when a JPEG's data is damaged where the region needs it.
PixelRegion region_at_least(const DecodedImage& image, int least_width, int least_height, const Rect& region,
                            std::string& error);

/// The whole of region_at_least: every pixel of `image`, at that scale.
Raster pixels_at_least(const DecodedImage& image, int least_width, int least_height, std::string& error);

/// The SVG `image` drawn into `width` × `height` pixels (its proportions kept, centred),
/// with transparency where it draws nothing. Empty raster and `error` set on failure.
Raster rasterize_svg(const DecodedImage& image, int width, int height, std::string& error);

}  // namespace brochure
