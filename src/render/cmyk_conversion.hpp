#pragma once
// Colour management for print: sRGB colours and images converted to the inks of a CMYK
// output profile through lcms2, and CMYK images back to sRGB for screens.

#include <memory>
#include <string>
#include <string_view>

#include "core/color.hpp"
#include "image/raster.hpp"

namespace brochure {

/// The conversions between sRGB and one CMYK output profile. Safe to share between
/// threads once made: lcms2's transforms are made without their cache for that.
class CmykConversion {
public:
    /// Conversions to and from the CMYK profile `icc_bytes`; nullptr, with `error` set,
    /// when lcms2 cannot read it or it is not a CMYK output profile.
    static std::shared_ptr<const CmykConversion> from_profile(std::string_view icc_bytes, std::string& error);
    ~CmykConversion();
    CmykConversion(const CmykConversion&) = delete;
    CmykConversion& operator=(const CmykConversion&) = delete;

    /// The inks of a flat colour: relative colorimetric with black-point compensation, so
    /// that a brand colour inside the press's gamut prints as measured.
    Cmyk inks(const Color& color) const;

    /// An sRGB raster as inks: perceptual, so that a photo's colours outside the gamut
    /// keep their gradations.
    Raster to_cmyk(const Raster& rgb) const;

    /// A CMYK raster (meant for this profile's press) as sRGB, for screens.
    Raster to_rgb(const Raster& cmyk) const;

private:
    CmykConversion() = default;
    void* colour_to_inks_ = nullptr;  // cmsHTRANSFORM: RGB doubles to CMYK doubles
    void* image_to_inks_ = nullptr;   // cmsHTRANSFORM: RGB bytes to CMYK bytes
    void* inks_to_screen_ = nullptr;  // cmsHTRANSFORM: CMYK bytes to RGB bytes
};

}  // namespace brochure
