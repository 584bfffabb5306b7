#include "render/prepare_image.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "image/encode_jpeg.hpp"
#include "render/zlib_deflate.hpp"

namespace brochure {

namespace {

constexpr double kPointsPerInch = 72;
// Quality of photos on screen: no visible blocking at 150 ppi, a third of quality 95's bytes.
constexpr int kScreenJpegQuality = 82;

std::uint8_t byte_from_share(double share) { return static_cast<std::uint8_t>(std::lround(std::clamp(share, 0.0, 1.0) * 255)); }

std::vector<std::uint8_t> rgb_samples(const Color& color) {
    return {byte_from_share(color.red), byte_from_share(color.green), byte_from_share(color.blue)};
}

std::vector<std::uint8_t> ink_samples(const Color& color, const CmykConversion& conversion) {
    const Cmyk inks = color.print ? *color.print : conversion.inks(color);
    return {byte_from_share(inks.cyan), byte_from_share(inks.magenta), byte_from_share(inks.yellow),
            byte_from_share(inks.black)};
}

// The pixels a frame needs at `ppi`, at least one: rounded up for print, where `ppi` is
// the least resolution, and down for screens, where it is the most.
// (kSlack absorbs the floating-point error of a length that is a whole number of pixels.)
int pixels_for(double length_pt, const ImagePolicy& policy) {
    constexpr double kSlack = 1e-6;
    const double exact = length_pt / kPointsPerInch * policy.ppi;
    return std::max(1, static_cast<int>(policy.print ? std::ceil(exact - kSlack) : std::floor(exact + kSlack)));
}

}  // namespace

double placed_ppi(const DecodedImage& image, const PlacedImage& placement) {
    if (image.format == ImageFormat::svg) return std::numeric_limits<double>::infinity();
    return std::min(placement.crop_px.width_pt / (placement.frame.width_pt / kPointsPerInch),
                    placement.crop_px.height_pt / (placement.frame.height_pt / kPointsPerInch));
}

PreparedImage prepare_image(const DecodedImage& image, const PlacedImage& placement, const ImagePolicy& policy,
                            bool photograph, std::string& error) {
    const Rect& crop = placement.crop_px;
    const int target_width = pixels_for(placement.frame.width_pt, policy);
    const int target_height = pixels_for(placement.frame.height_pt, policy);
    const bool resampled = placed_ppi(image, placement) > policy.resample_above_ppi;
    double left = crop.left_pt, top = crop.top_pt, width = crop.width_pt, height = crop.height_pt;
    Raster pixels;  // an SVG drawn, or part of a JPEG decoded, for this placement
    double scale_across = 1, scale_down = 1;  // of those pixels to the image's own
    double pixels_left = 0, pixels_top = 0;   // where they lie in the image so scaled
    if (image.format == ImageFormat::svg) {
        // Drawn at the scale that gives the crop exactly the pixels the frame needs.
        const double scale = target_width / crop.width_pt;
        scale_across = scale_down = scale;
        pixels = rasterize_svg(image, std::max(1, static_cast<int>(std::lround(image.width_px * scale))),
                               std::max(1, static_cast<int>(std::lround(image.height_px * scale))), error);
    } else if (image.format == ImageFormat::jpeg) {
        // Decoded at no more than the size that still gives the crop its target pixels,
        // and only as far as the crop reaches.
        const auto least = [&](int target, double crop_side, double whole_side) {
            return resampled ? static_cast<int>(std::ceil(target * whole_side / crop_side)) : 0;
        };
        PixelRegion region = region_at_least(image, least(target_width, crop.width_pt, image.width_px),
                                             least(target_height, crop.height_pt, image.height_px), crop, error);
        pixels = std::move(region.raster);
        scale_across = region.scale_across, scale_down = region.scale_down;
        pixels_left = region.left, pixels_top = region.top;
    }
    if (!error.empty()) {
        PreparedImage failed;
        failed.file_at_fault = true;
        return failed;
    }
    const Raster* source = image.format == ImageFormat::png ? &image.raster : &pixels;
    left = left * scale_across - pixels_left, width *= scale_across;
    top = top * scale_down - pixels_top, height *= scale_down;
    const int crop_left = std::clamp(static_cast<int>(std::lround(left)), 0, source->width - 1);
    const int crop_top = std::clamp(static_cast<int>(std::lround(top)), 0, source->height - 1);
    const int crop_width = std::clamp(static_cast<int>(std::lround(width)), 1, source->width - crop_left);
    const int crop_height = std::clamp(static_cast<int>(std::lround(height)), 1, source->height - crop_top);
    const bool whole = crop_left == 0 && crop_top == 0 && crop_width == source->width && crop_height == source->height;
    // The decoded pixels are let go as soon as each step has what it needs: a cover photo's
    // steps are each a megabyte, and they set a render's peak memory.
    Raster raster;
    if (source == &pixels) {
        if (!whole) crop_in_place(pixels, crop_left, crop_top, crop_width, crop_height);
        raster = std::move(pixels);
    } else {
        raster = whole ? *source : cropped(*source, crop_left, crop_top, crop_width, crop_height);
    }

    if (resampled) {
        const int width_wanted = std::min(target_width, raster.width), height_wanted = std::min(target_height, raster.height);
        raster = downsampled(std::move(raster), width_wanted, height_wanted);
    }

    const bool converts = policy.print ? raster.format == PixelFormat::rgb : raster.format == PixelFormat::cmyk;
    if (converts && !policy.conversion) {
        error = "converting the image's colours needs the CMYK output profile, and none is loaded";
        return {};
    }
    PreparedImage prepared;
    if (policy.print) {
        // Print has no transparency: what shows through is the backdrop, composited here in
        // the raster's own colour space before it becomes inks.
        prepared.raster = raster.format == PixelFormat::rgb
                              ? policy.conversion->to_cmyk(flattened(raster, rgb_samples(placement.backdrop)))
                              : flattened(raster, ink_samples(placement.backdrop, *policy.conversion));
    } else {
        prepared.raster = converts ? policy.conversion->to_rgb(raster) : std::move(raster);
        fill_hidden_colour(prepared.raster);
        if (photograph) prepared.jpeg = encode_jpeg(prepared.raster, kScreenJpegQuality);
    }
    if (prepared.jpeg.empty()) prepared.deflated_colour = zlib_deflated(prepared.raster.samples);
    const bool masked = !prepared.raster.alpha.empty();
    if (masked) prepared.deflated_alpha = zlib_deflated(prepared.raster.alpha);
    if ((prepared.jpeg.empty() && prepared.deflated_colour.empty()) || (masked && prepared.deflated_alpha.empty())) {
        error = "compressing the image's samples: out of memory";
        return {};
    }
    // The encoded bytes hold them now. Released, not just emptied (downsampling keeps a
    // decoded photo's capacity), for a cache may keep this.
    std::vector<std::uint8_t>().swap(prepared.raster.samples);
    std::vector<std::uint8_t>().swap(prepared.raster.alpha);
    return prepared;
}

}  // namespace brochure
