#include "image/decode_jpeg.hpp"

#include <csetjmp>
#include <cstdio>

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
};

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
    jpeg_start_decompress(&info);
    const std::size_t row_bytes = static_cast<std::size_t>(info.output_width) * info.output_components;
    state.samples.resize(row_bytes * info.output_height);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = state.samples.data() + row_bytes * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    return true;
}

}  // namespace

DecodeResult decode_jpeg(std::string_view bytes) {
    JpegState state;
    const bool decoded = decode_into(state, bytes);
    const int width = static_cast<int>(state.info.image_width), height = static_cast<int>(state.info.image_height);
    // Adobe's CMYK files store ink as 255 minus coverage.
    const bool inverted = state.cmyk && state.info.saw_Adobe_marker;
    jpeg_destroy_decompress(&state.info);
    if (!state.refusal.empty())
        return {{}, fmt::format("too large: {} × {} pixels; the limit is {:.0f} megapixels and {} pixels on a side",
                                width, height, kMaxImagePixels / 1e6, kMaxImageSide)};
    if (!decoded) return {{}, fmt::format("not a readable JPEG file ({})", state.errors.message)};

    DecodeResult result;
    Raster stored{width, height, state.cmyk ? PixelFormat::cmyk : PixelFormat::rgb, std::move(state.samples), {}};
    if (inverted)
        for (std::uint8_t& sample : stored.samples) sample = static_cast<std::uint8_t>(255 - sample);
    result.image.format = ImageFormat::jpeg;
    result.image.raster = upright(stored, state.orientation);
    result.image.width_px = result.image.raster.width;
    result.image.height_px = result.image.raster.height;
    return result;
}

}  // namespace brochure
