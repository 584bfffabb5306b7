#include "image/decode_svg.hpp"

#include <cmath>

#include <fmt/format.h>

#include "image/svg_worker_client.hpp"

namespace brochure {

DecodeResult decode_svg(std::string_view bytes) {
    DecodeResult result;
    const std::optional<SvgWorkerClient::Size> size = SvgWorkerClient::shared().measure(bytes, result.error);
    if (!size) return result;
    const double width = size->width, height = size->height;
    if (!(std::isfinite(width) && std::isfinite(height) && width > 0 && height > 0))
        return {{}, "the SVG has no size: give its <svg> element a width and height, or a viewBox"};
    if (width / height > kMaxImageSide || height / width > kMaxImageSide)
        return {{}, fmt::format("the SVG is {:g} × {:g}: too thin to show", width, height)};
    result.image.format = ImageFormat::svg;
    result.image.width_px = width;
    result.image.height_px = height;
    return result;
}

Raster rasterize_svg(const DecodedImage& image, int width, int height, std::string& error) {
    if (width <= 0 || height <= 0 || width > kMaxImageSide || height > kMaxImageSide ||
        static_cast<long long>(width) * height > kMaxImagePixels) {
        error = fmt::format("cannot draw the SVG at {} × {} pixels", width, height);
        return {};
    }
    const std::string samples = SvgWorkerClient::shared().draw(*image.file, width, height, error);
    if (samples.empty()) return {};
    const auto pixels = static_cast<std::size_t>(width) * height;
    Raster raster{width, height, PixelFormat::rgb, {}, {}};
    raster.samples.assign(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(pixels * 3));
    raster.alpha.assign(samples.begin() + static_cast<std::ptrdiff_t>(pixels * 3), samples.end());
    if (!raster.has_transparency()) raster.alpha.clear();
    return raster;
}

}  // namespace brochure
