#pragma once
// Decoded pixels: what every image becomes before the renderer sees it, whatever file it
// came from.

#include <cstdint>
#include <vector>

#include "core/geometry.hpp"

namespace brochure {

/// How a pixel's colour samples are laid out.
enum class PixelFormat {
    rgb,   ///< three samples: red, green, blue (sRGB)
    cmyk,  ///< four samples: cyan, magenta, yellow, black ink coverage (0: none, 255: full)
};

/// Samples per pixel of `format`.
constexpr int channel_count(PixelFormat format) { return format == PixelFormat::rgb ? 3 : 4; }

/// An image as 8-bit samples, rows from the top, pixels from the left.
struct Raster {
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::rgb;
    std::vector<std::uint8_t> samples;  ///< width × height × channel_count(format)
    std::vector<std::uint8_t> alpha;    ///< width × height coverage (255: opaque); empty: opaque

    /// Whether any pixel lets what lies under it show through.
    bool has_transparency() const;
};

/// The region of `raster` `width` × `height` pixels from (`left`, `top`), which must lie
/// inside it.
Raster cropped(const Raster& raster, int left, int top, int width, int height);

/// The same region, made in `raster`'s own memory: a decoded photo and its crop are each
/// a megabyte, and a copy would hold both at once.
void crop_in_place(Raster& raster, int left, int top, int width, int height);

/// `raster` reduced to `width` × `height` pixels (a side larger than the raster's is kept
/// as it is) by averaging the source pixels each target pixel covers, weighted by
/// coverage, so that fine detail neither aliases nor vanishes. Alpha is averaged along
/// with the colour, and colour weighted by alpha, so that transparent pixels lend no
/// colour to their neighbours. Taken by value and made in the raster's own memory, whose
/// capacity it keeps: a raster already small enough is handed back, not copied, and no
/// second buffer is made.
Raster downsampled(Raster raster, int width, int height);

/// `raster` with its transparency composited over `backdrop` (samples in its format) and
/// its alpha dropped.
Raster flattened(const Raster& raster, const std::vector<std::uint8_t>& backdrop);

/// Gives each wholly transparent pixel of `raster` the colour of the last pixel before it
/// (in reading order) that shows, or of the first that shows for those before it. What
/// shows is unchanged, but the colour samples of a flat logo become one colour, which
/// compresses to almost nothing, and a viewer that smooths the colour apart from the mask
/// draws no dark fringe from hidden black.
void fill_hidden_colour(Raster& raster);

/// The eight orientations of EXIF tag 0x0112 (1: as stored; 6: turn a quarter clockwise to
/// show upright; …). `raster` turned and mirrored to show upright; 1 and unknown values
/// leave it as it is (handed back, not copied).
Raster upright(Raster raster, int exif_orientation);

/// Where `region` of an image shown upright by `exif_orientation` lies in the image as
/// stored, `stored_width` × `stored_height` (a Rect of pixel edges, in pixels).
Rect stored_region(const Rect& region, int exif_orientation, double stored_width, double stored_height);

/// Where `region` of the stored image, `stored_width` × `stored_height`, lies once the
/// image is turned upright by `exif_orientation`: stored_region's inverse.
Rect upright_region(const Rect& region, int exif_orientation, double stored_width, double stored_height);

}  // namespace brochure
