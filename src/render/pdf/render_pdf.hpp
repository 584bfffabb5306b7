#pragma once
// Drawing a laid-out Document as PDF bytes with libharu. The only public header of the
// renderer: hpdf.h stays inside render/pdf/.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fonts/font_files.hpp"
#include "image/decode_image.hpp"
#include "layout/document.hpp"
#include "render/cmyk_conversion.hpp"
#include "render/prepare_image.hpp"

namespace brochure {

/// The colour space every colour operator of the content uses.
enum class ColorSpace {
    device_rgb,   ///< the colours' sRGB values: for screens
    device_cmyk,  ///< process inks: a colour's chosen inks, else its sRGB value through the output profile
};

/// An output intent of a PDF/A-2b or PDF/X-4 file: the ICC profile of the device the
/// colours are meant for. Its colour space must match RenderOptions::color_space.
struct OutputIntent {
    std::string icc_profile;  ///< the profile's bytes (RGB for device_rgb, CMYK for device_cmyk)
    std::string condition;    ///< its identifier, e.g. "sRGB IEC61966-2.1", "FOGRA39"
    std::string description;  ///< what it is, for people; empty: the identifier
    std::string registry;     ///< where the condition is registered, e.g. "http://www.color.org"; may be empty
};

/// An image the document places, by ImageRef::id.
struct RenderImage {
    const DecodedImage* image = nullptr;  ///< owned by the caller, alive while rendering
    bool photograph = false;              ///< encoded as JPEG on screen; a logo stays lossless
};

struct RenderOptions {
    FontFiles fonts;
    std::vector<RenderImage> images;  ///< indexed by ImageRef::id
    /// How images are resampled and converted; its conversion also gives the inks of
    /// colours that name none, and device_cmyk requires one.
    ImagePolicy image_policy;
    /// Keeps image_policy.conversion alive.
    std::shared_ptr<const CmykConversion> conversion;
    /// Seconds since 1970 (UTC) for the creation and modification dates; nullopt leaves
    /// the dates out, which keeps output byte-identical across runs.
    std::optional<long long> source_date_epoch;
    ColorSpace color_space = ColorSpace::device_rgb;
    bool links = true;  ///< false leaves out the link annotations (a printed page has no use for them)
    /// Set: write PDF/A-2b as far as libharu allows (XMP metadata, this output intent, a
    /// trailer /ID derived from the file's bytes).
    std::optional<OutputIntent> pdfa;
    /// Set: write PDF/X-4 for print (XMP metadata, this output intent, /Trapped /False).
    /// PDF/X needs dates: source_date_epoch must be set.
    std::optional<OutputIntent> pdfx;
};

/// An image whose file failed the render.
struct ImageFault {
    std::size_t image = 0;  ///< its RenderOptions::images index
    std::string reason;     ///< a sentence without the file's name
};

/// Either the bytes of a complete PDF, or a one-line error saying what failed.
struct RenderResult {
    std::string pdf_bytes;
    std::string error;       ///< empty on success
    std::string error_file;  ///< the input at fault (a font), when it is one; empty otherwise
    /// Set when an image's file is at fault: its data turned out damaged as its pixels
    /// were decoded, or an SVG could not be drawn.
    std::optional<ImageFault> image_fault;
    bool ok() const { return error.empty(); }
};

/// Renders `document` to PDF in memory. Never throws on libharu errors; never longjmps.
RenderResult render_pdf(const Document& document, const RenderOptions& options);

}  // namespace brochure
