#include "image/decode_jpeg.hpp"

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <optional>

#include <jpeglib.h>

#include <fmt/format.h>

#include "image/exif_orientation.hpp"

namespace brochure {

namespace {

// A progressive file may hold any number of scans, each a pass over every pixel; real
// encoders write about ten. More than this is a file built to take the decoder's time.
constexpr int kMostScans = 200;
constexpr int kApp1Marker = JPEG_APP0 + 1;
constexpr unsigned kMostMarkerBytes = 0xFFFF;

// libjpeg's error manager with somewhere to jump back to: its errors end the decoding of
// this one file, and its warnings (corrupt or missing data, which it would paint grey)
// count as errors too.
struct JpegErrors {
    jpeg_error_mgr manager;
    std::jmp_buf resume;
    char message[JMSG_LENGTH_MAX] = {};
};

[[noreturn]] void on_error(j_common_ptr info) {
    auto* errors = reinterpret_cast<JpegErrors*>(info->err);
    (*info->err->format_message)(info, errors->message);
    std::longjmp(errors->resume, 1);
}

void on_message(j_common_ptr info, int level) {
    if (level < 0) on_error(info);  // a warning: the data is damaged
}

void on_progress(j_common_ptr info) {
    auto* decompress = reinterpret_cast<j_decompress_ptr>(info);
    if (decompress->input_scan_number > kMostScans) {
        auto* errors = reinterpret_cast<JpegErrors*>(info->err);
        std::snprintf(errors->message, sizeof errors->message, "more than %d progressive scans", kMostScans);
        std::longjmp(errors->resume, 1);
    }
}

// What decode_into finds, owned by its caller so that a jump out of libjpeg leaks nothing.
struct JpegState {
    jpeg_decompress_struct info{};
    JpegErrors errors;
    jpeg_progress_mgr progress{};
    std::vector<std::uint8_t> samples;
    std::string refusal;  ///< set when the header shows an image too large
    int orientation = 1;
    bool cmyk = false;
    int least_width = 0;   ///< upright pixels wanted across; 0: full size
    int least_height = 0;  ///< and down
    std::optional<Rect> region;  ///< upright image pixels wanted; none: all
    bool header_only = false;    ///< read the header, decode nothing
    int scaled_width = 0;    ///< the stored image at the chosen scale, before any cropping
    int scaled_height = 0;
    int first_column = 0;    ///< where the decoded window lies in the scaled stored image
    int first_row = 0;
    int rows = 0;            ///< how many rows were decoded
};

// Pixels decoded around a region: libjpeg's chroma upsampling treats a window's edges as
// the image's, which changes the outermost pixel; rounding the crop may take one more.
constexpr int kWindowMargin = 2;

// The rows and columns of the scaled stored image that `state.region` needs, widened by
// kWindowMargin, as [first, last).
struct StoredWindow {
    int first_column, last_column, first_row, last_row;
};

StoredWindow stored_window(const JpegState& state) {
    const jpeg_decompress_struct& info = state.info;
    const Rect stored = stored_region(*state.region, state.orientation, info.image_width, info.image_height);
    const double across = static_cast<double>(info.output_width) / info.image_width;
    const double down = static_cast<double>(info.output_height) / info.image_height;
    // At least one pixel, inside the image, whatever region is asked.
    const auto low = [](double edge, double scale, JDIMENSION side) {
        return std::clamp(static_cast<int>(std::floor(edge * scale)) - kWindowMargin, 0, static_cast<int>(side) - 1);
    };
    const auto high = [](int first, double edge, double scale, JDIMENSION side) {
        return std::clamp(static_cast<int>(std::ceil(edge * scale)) + kWindowMargin, first + 1, static_cast<int>(side));
    };
    const int first_column = low(stored.left_pt, across, info.output_width);
    const int first_row = low(stored.top_pt, down, info.output_height);
    return {first_column, high(first_column, stored.right_pt(), across, info.output_width), first_row,
            high(first_row, stored.bottom_pt(), down, info.output_height)};
}

// libjpeg's scale (M/8) for the smallest output of at least the size `state` asks,
// measured in stored (not upright) pixels.
unsigned scale_eighths(const JpegState& state, bool quarter_turn) {
    if (state.least_width <= 0 || state.least_height <= 0) return 8;
    const long long least_across = quarter_turn ? state.least_height : state.least_width;
    const long long least_down = quarter_turn ? state.least_width : state.least_height;
    for (unsigned eighths = 1; eighths < 8; ++eighths) {
        // libjpeg rounds a scaled side up.
        const long long across = (static_cast<long long>(state.info.image_width) * eighths + 7) / 8;
        const long long down = (static_cast<long long>(state.info.image_height) * eighths + 7) / 8;
        if (across >= least_across && down >= least_down) return eighths;
    }
    return 8;
}

// libjpeg's calls, between one setjmp and its jumps: no C++ object is made here.
bool decode_into(JpegState& state, std::string_view bytes) {
    jpeg_decompress_struct& info = state.info;
    info.err = jpeg_std_error(&state.errors.manager);
    state.errors.manager.error_exit = on_error;
    state.errors.manager.emit_message = on_message;
    if (setjmp(state.errors.resume)) return false;
    jpeg_create_decompress(&info);
    state.progress.progress_monitor = on_progress;
    info.progress = &state.progress;
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
    jpeg_save_markers(&info, kApp1Marker, kMostMarkerBytes);
    jpeg_read_header(&info, TRUE);
    const long long pixels = static_cast<long long>(info.image_width) * info.image_height;
    if (info.image_width > kMaxImageSide || info.image_height > kMaxImageSide || pixels > kMaxImagePixels) {
        state.refusal = "too large";
        return false;
    }
    for (jpeg_saved_marker_ptr marker = info.marker_list; marker; marker = marker->next)
        if (marker->marker == kApp1Marker) state.orientation = exif_orientation(marker->data, marker->data_length);
    state.cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    info.out_color_space = state.cmyk ? JCS_CMYK : JCS_RGB;
    if (state.header_only) return true;
    info.scale_num = scale_eighths(state, state.orientation >= 5);  // orientations 5 to 8 turn a quarter
    info.scale_denom = 8;
    jpeg_start_decompress(&info);
    state.scaled_width = static_cast<int>(info.output_width);
    state.scaled_height = static_cast<int>(info.output_height);
    JDIMENSION last_row = info.output_height;
    if (state.region) {
        // Only the window is made: libjpeg still reads the rows above it (entropy-coded
        // data has no index), but without making their pixels, and stops below it.
        const StoredWindow window = stored_window(state);
        auto first_column = static_cast<JDIMENSION>(window.first_column);
        auto columns = static_cast<JDIMENSION>(window.last_column - window.first_column);
        if (columns < info.output_width) jpeg_crop_scanline(&info, &first_column, &columns);  // widened to whole blocks
        state.first_column = static_cast<int>(first_column);
        state.first_row = static_cast<int>(jpeg_skip_scanlines(&info, static_cast<JDIMENSION>(window.first_row)));
        last_row = static_cast<JDIMENSION>(window.last_row);
    }
    const std::size_t row_bytes = static_cast<std::size_t>(info.output_width) * info.output_components;
    state.rows = static_cast<int>(last_row - info.output_scanline);
    state.samples.resize(row_bytes * static_cast<std::size_t>(state.rows));
    for (JSAMPROW row = state.samples.data(); info.output_scanline < last_row; row += row_bytes)
        jpeg_read_scanlines(&info, &row, 1);
    // A window that ends above the last row leaves the rest unread: damage there shows
    // on no page.
    if (info.output_scanline == info.output_height) jpeg_finish_decompress(&info);
    return true;
}

}  // namespace

namespace {

// Why decode_into failed, as a sentence; empty when it `succeeded`.
std::string failure(const JpegState& state, bool succeeded) {
    if (!state.refusal.empty())
        return fmt::format("too large: {} × {} pixels; the limit is {:.0f} megapixels and {} pixels on a side",
                           state.info.image_width, state.info.image_height, kMaxImagePixels / 1e6, kMaxImageSide);
    return succeeded ? std::string() : fmt::format("not a readable JPEG file ({})", state.errors.message);
}

// Decodes `bytes` at the scale and window `state` asks for; the pixels upright, or
// `error` set.
PixelRegion decoded(JpegState& state, std::string_view bytes, std::string& error) {
    const bool decoded = decode_into(state, bytes);
    const int width = static_cast<int>(state.info.image_width), height = static_cast<int>(state.info.image_height);
    const int output_width = static_cast<int>(state.info.output_width);  // the window's, once cropped
    const int output_height = state.rows;
    // Adobe's CMYK files store ink as 255 minus coverage.
    const bool inverted = state.cmyk && state.info.saw_Adobe_marker;
    jpeg_destroy_decompress(&state.info);
    error = failure(state, decoded);
    if (!error.empty()) return {};
    Raster stored{output_width, output_height, state.cmyk ? PixelFormat::cmyk : PixelFormat::rgb,
                  std::move(state.samples), {}};
    if (inverted)
        for (std::uint8_t& sample : stored.samples) sample = static_cast<std::uint8_t>(255 - sample);
    const bool quarter_turn = state.orientation >= 5;
    const Rect window = upright_region({static_cast<double>(state.first_column), static_cast<double>(state.first_row),
                                        static_cast<double>(output_width), static_cast<double>(output_height)},
                                       state.orientation, state.scaled_width, state.scaled_height);
    PixelRegion region;
    region.raster = upright(std::move(stored), state.orientation);
    region.left = static_cast<int>(window.left_pt);
    region.top = static_cast<int>(window.top_pt);
    region.scale_across = static_cast<double>(quarter_turn ? state.scaled_height : state.scaled_width) / (quarter_turn ? height : width);
    region.scale_down = static_cast<double>(quarter_turn ? state.scaled_width : state.scaled_height) / (quarter_turn ? width : height);
    return region;
}

}  // namespace

DecodeResult decode_jpeg(std::string_view bytes) {
    JpegState state;
    state.header_only = true;
    const bool read = decode_into(state, bytes);
    const JDIMENSION width = state.info.image_width, height = state.info.image_height;
    jpeg_destroy_decompress(&state.info);
    if (std::string error = failure(state, read); !error.empty()) return {{}, error};
    const bool quarter_turn = state.orientation >= 5;
    DecodeResult result;
    result.image.format = ImageFormat::jpeg;
    result.image.width_px = quarter_turn ? height : width;
    result.image.height_px = quarter_turn ? width : height;
    result.image.pixel_format = state.cmyk ? PixelFormat::cmyk : PixelFormat::rgb;
    return result;
}

PixelRegion decode_jpeg_region(std::string_view bytes, int least_width, int least_height, const Rect& region,
                               std::string& error) {
    JpegState state;
    state.least_width = least_width;
    state.least_height = least_height;
    state.region = region;
    return decoded(state, bytes, error);
}

}  // namespace brochure
