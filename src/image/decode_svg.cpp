#include "image/decode_svg.hpp"

#include <cmath>
#include <cstring>
#include <memory>

#include <librsvg/rsvg.h>

#include <fmt/format.h>

namespace brochure {

namespace {

struct HandleDeleter {
    void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};
using Handle = std::unique_ptr<RsvgHandle, HandleDeleter>;

// The document parsed, or nothing with `error` set. No base file is given to librsvg, so
// an <image> or <use> that points at another file loads nothing.
Handle parsed(std::string_view bytes, std::string& error) {
    GError* failure = nullptr;
    RsvgHandle* handle =
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()), bytes.size(), &failure);
    if (!handle) {
        error = fmt::format("not a readable SVG file ({})", failure ? failure->message : "unknown reason");
        if (failure) g_error_free(failure);
        return nullptr;
    }
    return Handle(handle);
}

}  // namespace

DecodeResult decode_svg(std::string_view bytes) {
    DecodeResult result;
    const Handle handle = parsed(bytes, result.error);
    if (!handle) return result;
    double width = 0, height = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height)) {
        // A size in percent says nothing by itself; the viewBox then gives the proportions.
        gboolean has_width = FALSE, has_height = FALSE, has_viewbox = FALSE;
        RsvgLength width_length{}, height_length{};
        RsvgRectangle viewbox{};
        rsvg_handle_get_intrinsic_dimensions(handle.get(), &has_width, &width_length, &has_height, &height_length,
                                             &has_viewbox, &viewbox);
        if (has_viewbox) {
            width = viewbox.width;
            height = viewbox.height;
        }
    }
    if (!(std::isfinite(width) && std::isfinite(height) && width > 0 && height > 0))
        return {{}, "the SVG has no size: give its <svg> element a width and height, or a viewBox"};
    if (width / height > kMaxImageSide || height / width > kMaxImageSide)
        return {{}, fmt::format("the SVG is {:g} × {:g}: too thin to show", width, height)};
    result.image.format = ImageFormat::svg;
    result.image.width_px = width;
    result.image.height_px = height;
    result.image.svg = std::string(bytes);
    return result;
}

Raster rasterize_svg(const DecodedImage& image, int width, int height, std::string& error) {
    if (width <= 0 || height <= 0 || width > kMaxImageSide || height > kMaxImageSide ||
        static_cast<long long>(width) * height > kMaxImagePixels) {
        error = fmt::format("cannot draw the SVG at {} × {} pixels", width, height);
        return {};
    }
    const Handle handle = parsed(image.svg, error);
    if (!handle) return {};
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t* cairo = cairo_create(surface);
    const RsvgRectangle viewport{0, 0, static_cast<double>(width), static_cast<double>(height)};
    GError* failure = nullptr;
    const bool drawn = rsvg_handle_render_document(handle.get(), cairo, &viewport, &failure) &&
                       cairo_status(cairo) == CAIRO_STATUS_SUCCESS;
    cairo_destroy(cairo);
    Raster raster;
    if (!drawn) {
        error = fmt::format("could not draw the SVG ({})", failure ? failure->message : "cairo failed");
        if (failure) g_error_free(failure);
        cairo_surface_destroy(surface);
        return {};
    }
    cairo_surface_flush(surface);
    raster = Raster{width, height, PixelFormat::rgb, {}, {}};
    const auto pixels = static_cast<std::size_t>(width) * height;
    raster.samples.resize(pixels * 3);
    raster.alpha.resize(pixels);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            // Cairo's ARGB32 is one native-endian word per pixel, colour premultiplied by alpha.
            std::uint32_t word;
            std::memcpy(&word, data + static_cast<std::ptrdiff_t>(y) * stride + 4 * x, sizeof word);
            const std::uint32_t alpha = word >> 24;
            const std::size_t pixel = static_cast<std::size_t>(y) * width + x;
            raster.alpha[pixel] = static_cast<std::uint8_t>(alpha);
            for (int c = 0; c < 3; ++c) {
                const std::uint32_t premultiplied = (word >> (16 - 8 * c)) & 0xFF;
                raster.samples[pixel * 3 + static_cast<std::size_t>(c)] =
                    static_cast<std::uint8_t>(alpha == 0 ? 0 : std::min<std::uint32_t>(255, (premultiplied * 255 + alpha / 2) / alpha));
            }
        }
    }
    cairo_surface_destroy(surface);
    if (!raster.has_transparency()) raster.alpha.clear();
    return raster;
}

}  // namespace brochure
