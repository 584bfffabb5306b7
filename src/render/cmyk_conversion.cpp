#include "render/cmyk_conversion.hpp"

#include <lcms2.h>

#include <algorithm>

namespace brochure {

namespace {

struct ProfileCloser {
    void operator()(void* profile) const { cmsCloseProfile(profile); }
};
using Profile = std::unique_ptr<void, ProfileCloser>;

Raster converted(const Raster& source, PixelFormat format, void* transform) {
    Raster result{source.width, source.height, format, {}, source.alpha};
    const auto pixels = static_cast<std::size_t>(source.width) * static_cast<std::size_t>(source.height);
    result.samples.resize(pixels * static_cast<std::size_t>(channel_count(format)));
    cmsDoTransform(transform, source.samples.data(), result.samples.data(), static_cast<cmsUInt32Number>(pixels));
    return result;
}

}  // namespace

std::shared_ptr<const CmykConversion> CmykConversion::from_profile(std::string_view icc_bytes, std::string& error) {
    const Profile screen(cmsCreate_sRGBProfile());
    const Profile press(cmsOpenProfileFromMem(icc_bytes.data(), static_cast<cmsUInt32Number>(icc_bytes.size())));
    if (!screen || !press) {
        error = "lcms2 cannot read the CMYK output profile";
        return nullptr;
    }
    if (cmsGetColorSpace(press.get()) != cmsSigCmykData || cmsGetDeviceClass(press.get()) != cmsSigOutputClass) {
        error = "the print output profile is not a CMYK output profile";
        return nullptr;
    }
    std::shared_ptr<CmykConversion> conversion(new CmykConversion);
    // No cache: threads of a batch share the transforms.
    constexpr cmsUInt32Number kShared = cmsFLAGS_NOCACHE;
    conversion->colour_to_inks_ =
        cmsCreateTransform(screen.get(), TYPE_RGB_DBL, press.get(), TYPE_CMYK_DBL, INTENT_RELATIVE_COLORIMETRIC,
                           kShared | cmsFLAGS_BLACKPOINTCOMPENSATION);
    conversion->image_to_inks_ =
        cmsCreateTransform(screen.get(), TYPE_RGB_8, press.get(), TYPE_CMYK_8, INTENT_PERCEPTUAL, kShared);
    conversion->inks_to_screen_ =
        cmsCreateTransform(press.get(), TYPE_CMYK_8, screen.get(), TYPE_RGB_8, INTENT_PERCEPTUAL, kShared);
    if (!conversion->colour_to_inks_ || !conversion->image_to_inks_ || !conversion->inks_to_screen_) {
        error = "lcms2 cannot convert between sRGB and the CMYK output profile";
        return nullptr;
    }
    return conversion;
}

CmykConversion::~CmykConversion() {
    for (void* transform : {colour_to_inks_, image_to_inks_, inks_to_screen_})
        if (transform) cmsDeleteTransform(transform);
}

Cmyk CmykConversion::inks(const Color& color) const {
    const double rgb[3] = {color.red, color.green, color.blue};
    double cmyk[4] = {};  // lcms2 gives ink coverage in percent
    cmsDoTransform(colour_to_inks_, rgb, cmyk, 1);
    const auto share = [](double percent) { return std::clamp(percent / 100, 0.0, 1.0); };
    return Cmyk{share(cmyk[0]), share(cmyk[1]), share(cmyk[2]), share(cmyk[3])};
}

Raster CmykConversion::to_cmyk(const Raster& rgb) const {
    return rgb.format == PixelFormat::cmyk ? rgb : converted(rgb, PixelFormat::cmyk, image_to_inks_);
}

Raster CmykConversion::to_rgb(const Raster& cmyk) const {
    return cmyk.format == PixelFormat::rgb ? cmyk : converted(cmyk, PixelFormat::rgb, inks_to_screen_);
}

}  // namespace brochure
