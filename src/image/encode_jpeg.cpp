#include "image/encode_jpeg.hpp"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>

#include <jpeglib.h>

namespace brochure {

namespace {

struct EncoderErrors {
    jpeg_error_mgr manager;
    std::jmp_buf resume;
};

[[noreturn]] void on_encoder_error(j_common_ptr info) {
    std::longjmp(reinterpret_cast<EncoderErrors*>(info->err)->resume, 1);
}

// What encode_into uses, owned by its caller so that a jump out of libjpeg leaks nothing.
struct EncoderState {
    jpeg_compress_struct info{};
    EncoderErrors errors;
    unsigned char* output = nullptr;  // libjpeg's buffer, freed by the caller
    unsigned long output_size = 0;
};

bool encode_into(EncoderState& state, const Raster& raster, int quality) {
    jpeg_compress_struct& info = state.info;
    info.err = jpeg_std_error(&state.errors.manager);
    state.errors.manager.error_exit = on_encoder_error;
    if (setjmp(state.errors.resume)) return false;
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &state.output, &state.output_size);
    info.image_width = static_cast<JDIMENSION>(raster.width);
    info.image_height = static_cast<JDIMENSION>(raster.height);
    info.input_components = channel_count(raster.format);
    info.in_color_space = raster.format == PixelFormat::rgb ? JCS_RGB : JCS_CMYK;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    // Huffman tables made for this image rather than the standard ones: the same pixels
    // in about a tenth fewer bytes, for one more pass over the coefficients.
    info.optimize_coding = TRUE;
    jpeg_start_compress(&info, TRUE);
    const std::size_t row_bytes = static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(info.input_components);
    while (info.next_scanline < info.image_height) {
        auto* row = const_cast<JSAMPROW>(raster.samples.data() + row_bytes * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    return true;
}

}  // namespace

std::string encode_jpeg(const Raster& raster, int quality) {
    if (raster.width <= 0 || raster.height <= 0) return {};
    EncoderState state;
    const bool encoded = encode_into(state, raster, quality);
    std::string bytes;
    if (encoded) bytes.assign(reinterpret_cast<const char*>(state.output), state.output_size);
    jpeg_destroy_compress(&state.info);
    std::free(state.output);
    return bytes;
}

}  // namespace brochure
