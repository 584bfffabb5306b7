#include "image/svg_worker/rsvg_document.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

#include <librsvg/rsvg.h>

namespace brochure::svg_worker {

namespace {

struct HandleDeleter {
    void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};
using Handle = std::unique_ptr<RsvgHandle, HandleDeleter>;

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

// The reason librsvg gave, or a plain one; frees it.
std::string reason_of(GError* failure, const char* otherwise) {
    if (!failure) return otherwise;
    std::string reason = failure->message;
    g_error_free(failure);
    return reason;
}

Handle parsed(std::string_view document, std::string& error) {
    GError* failure = nullptr;
    RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(document.data()),
                                                   document.size(), &failure);
    if (!handle) error = "not a readable SVG file (" + reason_of(failure, "unknown reason") + ")";
    return Handle(handle);
}

}  // namespace

Measured measure_svg(std::string_view document) {
    Measured measured;
    const Handle handle = parsed(document, measured.error);
    if (!handle) return measured;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &measured.width, &measured.height)) {
        gboolean has_width = FALSE, has_height = FALSE, has_viewbox = FALSE;
        RsvgLength width_length{}, height_length{};
        RsvgRectangle viewbox{};
        rsvg_handle_get_intrinsic_dimensions(handle.get(), &has_width, &width_length, &has_height, &height_length,
                                             &has_viewbox, &viewbox);
        measured.width = has_viewbox ? viewbox.width : 0;
        measured.height = has_viewbox ? viewbox.height : 0;
    }
    return measured;
}

std::string draw_svg(std::string_view document, int width, int height, std::string& error) {
    const Handle handle = parsed(document, error);
    if (!handle) return {};
    const Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
    cairo_t* cairo = cairo_create(surface.get());
    const RsvgRectangle viewport{0, 0, static_cast<double>(width), static_cast<double>(height)};
    GError* failure = nullptr;
    const bool drawn = rsvg_handle_render_document(handle.get(), cairo, &viewport, &failure) &&
                       cairo_status(cairo) == CAIRO_STATUS_SUCCESS;
    cairo_destroy(cairo);
    if (!drawn) {
        error = "could not draw the SVG (" + reason_of(failure, "cairo failed") + ")";
        return {};
    }
    cairo_surface_flush(surface.get());
    const auto pixels = static_cast<std::size_t>(width) * height;
    std::string samples(pixels * 4, '\0');
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            // Cairo's ARGB32 is one native-endian word per pixel, colour premultiplied by alpha.
            std::uint32_t word;
            std::memcpy(&word, data + static_cast<std::ptrdiff_t>(y) * stride + 4 * x, sizeof word);
            const std::uint32_t alpha = word >> 24;
            const std::size_t pixel = static_cast<std::size_t>(y) * width + x;
            samples[pixels * 3 + pixel] = static_cast<char>(alpha);
            for (int c = 0; c < 3; ++c) {
                const std::uint32_t premultiplied = (word >> (16 - 8 * c)) & 0xFF;
                const std::uint32_t straight =
                    alpha == 0 ? 0 : std::min<std::uint32_t>(255, (premultiplied * 255 + alpha / 2) / alpha);
                samples[pixel * 3 + static_cast<std::size_t>(c)] = static_cast<char>(straight);
            }
        }
    }
    return samples;
}

}  // namespace brochure::svg_worker
