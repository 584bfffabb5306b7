#include "image/decode_png.hpp"

#include <spng.h>

#include <fmt/format.h>

#include <memory>

namespace brochure {

namespace {

// Metadata chunks (text, ICC, EXIF) kept in memory at most: a file cannot make the
// decoder hold more than this beside its pixels.
constexpr std::size_t kMostChunkBytes = 1024 * 1024;
constexpr std::size_t kMostChunkCacheBytes = 4 * 1024 * 1024;

struct ContextDeleter {
    void operator()(spng_ctx* context) const { spng_ctx_free(context); }
};

std::string png_error(std::string_view doing, int code) {
    return fmt::format("not a readable PNG file ({}: {})", doing, spng_strerror(code));
}

}  // namespace

DecodeResult decode_png(std::string_view bytes) {
    DecodeResult result;
    std::unique_ptr<spng_ctx, ContextDeleter> context(spng_ctx_new(0));
    if (!context) return {{}, "could not start the PNG decoder (out of memory)"};
    spng_ctx* png = context.get();
    spng_set_image_limits(png, kMaxImageSide, kMaxImageSide);
    spng_set_chunk_limits(png, kMostChunkBytes, kMostChunkCacheBytes);
    if (int code = spng_set_png_buffer(png, bytes.data(), bytes.size())) return {{}, png_error("reading", code)};
    spng_ihdr header{};
    if (int code = spng_get_ihdr(png, &header)) {
        if (code == SPNG_EWIDTH || code == SPNG_EHEIGHT || code == SPNG_EUSER_WIDTH || code == SPNG_EUSER_HEIGHT)
            return {{}, fmt::format("too large: the most an image may have is {} pixels on a side", kMaxImageSide)};
        return {{}, png_error("reading its header", code)};
    }
    const long long pixels = static_cast<long long>(header.width) * header.height;
    if (pixels > kMaxImagePixels)
        return {{}, fmt::format("too large: {} × {} pixels is {:.0f} megapixels, the limit is {:.0f}", header.width,
                                header.height, pixels / 1e6, kMaxImagePixels / 1e6)};
    std::size_t size = 0;
    if (int code = spng_decoded_image_size(png, SPNG_FMT_RGBA8, &size)) return {{}, png_error("sizing", code)};
    std::vector<std::uint8_t> rgba(size);
    // Any bit depth, palette or grey, interlaced or not, comes out as 8-bit RGBA, with a
    // tRNS chunk's transparency applied.
    if (int code = spng_decode_image(png, rgba.data(), rgba.size(), SPNG_FMT_RGBA8, SPNG_DECODE_TRNS))
        return {{}, png_error("decoding its pixels", code)};

    Raster& raster = result.image.raster;
    raster.width = static_cast<int>(header.width);
    raster.height = static_cast<int>(header.height);
    raster.format = PixelFormat::rgb;
    raster.samples.resize(static_cast<std::size_t>(pixels) * 3);
    raster.alpha.resize(static_cast<std::size_t>(pixels));
    for (std::size_t pixel = 0; pixel < static_cast<std::size_t>(pixels); ++pixel) {
        for (std::size_t c = 0; c < 3; ++c) raster.samples[pixel * 3 + c] = rgba[pixel * 4 + c];
        raster.alpha[pixel] = rgba[pixel * 4 + 3];
    }
    if (!raster.has_transparency()) raster.alpha.clear();
    result.image.format = ImageFormat::png;
    result.image.width_px = raster.width;
    result.image.height_px = raster.height;
    return result;
}

}  // namespace brochure
