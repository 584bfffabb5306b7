// Fuzz target: arbitrary bytes as an image file, decoded and made ready for both targets
// as a placed image would be. Sanitizers catch memory errors in our code and in libspng,
// libjpeg-turbo and librsvg; the checks below catch promises broken without a crash.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz/fuzz_entry.hpp"
#include "image/decode_image.hpp"
#include "layout/image_fit.hpp"
#include "render/cmyk_conversion.hpp"
#include "render/pdf/output_intents.hpp"
#include "render/prepare_image.hpp"

namespace brochure {

namespace {

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz_image: %s\n", what.c_str());
    std::abort();
}

// The print output profile's conversions, made once: a missing profile stops the run.
const CmykConversion& conversion() {
    static const std::shared_ptr<const CmykConversion> made = [] {
        const std::string path = installed_icc_profile_path(ColorSpace::device_cmyk);
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::string error;
        auto result = CmykConversion::from_profile(bytes, error);
        if (!result) fail("no CMYK output profile at '" + path + "': " + error);
        return result;
    }();
    return *made;
}

// The name a file of these bytes would have, so that the decoders, not the name check,
// see most inputs.
std::string name_for(std::string_view bytes) {
    if (bytes.starts_with("\x89PNG")) return "fuzz.png";
    if (bytes.starts_with("\xFF\xD8")) return "fuzz.jpg";
    return "fuzz.svg";
}

void run_image(std::string_view bytes) {
    const DecodeResult decoded = decode_image(std::string(bytes), name_for(bytes));
    if (!decoded.ok()) {
        if (decoded.error.empty()) fail("a refused image gave no reason");
        return;
    }
    const DecodedImage& image = decoded.image;
    if (!(image.width_px > 0 && image.height_px > 0)) fail("a decoded image has no size");
    if (image.format != ImageFormat::svg) {
        const Raster& raster = image.raster;
        const auto pixels = static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.height);
        if (static_cast<long long>(pixels) > kMaxImagePixels) fail("an image over the pixel limit was decoded");
        if (raster.samples.size() != pixels * static_cast<std::size_t>(channel_count(raster.format)))
            fail("a decoded raster's samples do not match its size");
        if (!raster.alpha.empty() && raster.alpha.size() != pixels) fail("a decoded raster's alpha does not match its size");
    }
    // Placed as a photo (cropped to a wide frame) and as a logo (framed whole).
    const ImageRef ref{0, image.width_px, image.height_px};
    for (const PlacedImage& placement : {cover_frame(ref, Rect{0, 0, 120, 40}, Color{1, 1, 1}),
                                         contain_in_frame(ref, Rect{0, 0, 60, 60}, Color{1, 1, 1})}) {
        for (const bool print : {false, true}) {
            const ImagePolicy policy{print ? 300.0 : 150.0, print ? 450.0 : 150.0, print, &conversion()};
            std::string error;
            const PreparedImage prepared = prepare_image(image, placement, policy, !print, error);
            if (!error.empty()) {
                // A JPEG whose data is damaged, or an SVG librsvg parses but cannot draw:
                // the file's fault, which the render reports at the field.
                if (!prepared.file_at_fault) fail("a failed image preparation blames no file");
                continue;
            }
            const Raster& raster = prepared.raster;
            if (raster.width <= 0 || raster.height <= 0) fail("a prepared image has no pixels");
            if (print && (raster.format != PixelFormat::cmyk || !raster.alpha.empty()))
                fail("a print image is not opaque CMYK");
            if (!print && raster.format != PixelFormat::rgb) fail("a screen image is not RGB");
            if (!print && prepared.jpeg.empty()) fail("a screen photo was not encoded as JPEG");
        }
    }
}

}  // namespace

}  // namespace brochure

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    brochure::run_image(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
