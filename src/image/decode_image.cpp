#include "image/decode_image.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "image/decode_jpeg.hpp"
#include "image/decode_png.hpp"
#include "image/decode_svg.hpp"

namespace brochure {

namespace {

constexpr std::string_view kPngSignature = "\x89PNG\r\n\x1a\n";
constexpr std::string_view kJpegStart = "\xFF\xD8\xFF";

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// The format a file's contents are, from its first bytes; SVG is XML, which may start
// with a byte-order mark, a declaration, comments or white space before <svg.
std::optional<ImageFormat> sniffed_format(std::string_view bytes) {
    if (bytes.starts_with(kPngSignature)) return ImageFormat::png;
    if (bytes.starts_with(kJpegStart)) return ImageFormat::jpeg;
    const std::string_view head = bytes.substr(0, 4096);
    if (head.find("<svg") != std::string_view::npos) return ImageFormat::svg;
    return std::nullopt;
}

// The format a file's name says it is; nothing for a name that says none.
std::optional<ImageFormat> named_format(std::string_view file_name) {
    const std::size_t dot = file_name.rfind('.');
    if (dot == std::string_view::npos) return std::nullopt;
    const std::string extension = lower(file_name.substr(dot + 1));
    if (extension == "png") return ImageFormat::png;
    if (extension == "jpg" || extension == "jpeg") return ImageFormat::jpeg;
    if (extension == "svg") return ImageFormat::svg;
    return std::nullopt;
}

// The decoder of `format` on `bytes`.
DecodeResult decoded_as(ImageFormat format, std::string_view bytes) {
    switch (format) {
        case ImageFormat::png: {
            DecodeResult png = decode_png(bytes);
            png.image.pixel_format = png.image.raster.format;
            return png;
        }
        case ImageFormat::jpeg: return decode_jpeg(bytes);
        case ImageFormat::svg: return decode_svg(bytes);
    }
    return {{}, "unknown image format"};
}

}  // namespace

std::string_view format_name(ImageFormat format) {
    switch (format) {
        case ImageFormat::png: return "PNG";
        case ImageFormat::jpeg: return "JPEG";
        case ImageFormat::svg: return "SVG";
    }
    return "";
}

DecodeResult decode_image(std::string bytes, std::string_view file_name) {
    if (bytes.size() > kMaxImageFileBytes)
        return {{}, fmt::format("the file is {} MB, the limit is {} MB", bytes.size() / (1024 * 1024),
                                kMaxImageFileBytes / (1024 * 1024))};
    const std::optional<ImageFormat> format = sniffed_format(bytes);
    if (!format) return {{}, "not a PNG, JPEG or SVG file"};
    const std::optional<ImageFormat> named = named_format(file_name);
    if (!named) return {{}, fmt::format("the file is {}, but its name does not end in .png, .jpg, .jpeg or .svg", format_name(*format))};
    if (*named != *format)
        return {{}, fmt::format("the file is {}, but its name says {}", format_name(*format), format_name(*named))};
    DecodeResult result = decoded_as(*format, bytes);
    if (result.ok()) {
        result.image.file_digest = content_digest(bytes);
        result.image.file = std::make_shared<const std::string>(std::move(bytes));
    }
    return result;
}

PixelRegion region_at_least(const DecodedImage& image, int least_width, int least_height, const Rect& region,
                            std::string& error) {
    if (image.format == ImageFormat::jpeg)
        return decode_jpeg_region(*image.file, least_width, least_height, region, error);
    return {image.raster};
}

Raster pixels_at_least(const DecodedImage& image, int least_width, int least_height, std::string& error) {
    return region_at_least(image, least_width, least_height, {0, 0, image.width_px, image.height_px}, error).raster;
}

}  // namespace brochure
