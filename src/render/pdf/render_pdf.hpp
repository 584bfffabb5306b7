#pragma once
// Drawing a laid-out Document as PDF bytes with libharu. The only public header of the
// renderer: hpdf.h stays inside render/pdf/.

#include <optional>
#include <string>

#include "fonts/font_files.hpp"
#include "layout/document.hpp"

namespace brochure {

/// The colour space every colour operator of the content uses.
enum class ColorSpace {
    device_rgb,   ///< the colours' sRGB values: for screens
    device_cmyk,  ///< the colours' process inks (print_inks): for offset print
};

/// The output intent of an archival (PDF/A-2b) file: the ICC profile of the device the
/// colours are meant for. Its colour space must match RenderOptions::color_space.
struct OutputIntent {
    std::string icc_profile;  ///< the profile's bytes (RGB for device_rgb, CMYK for device_cmyk)
    std::string condition;    ///< its name, e.g. "sRGB IEC61966-2.1"
};

struct RenderOptions {
    FontFiles fonts;
    /// Seconds since 1970 (UTC) for the creation and modification dates; nullopt leaves
    /// the dates out, which keeps output byte-identical across runs.
    std::optional<long long> source_date_epoch;
    ColorSpace color_space = ColorSpace::device_rgb;
    bool links = true;  ///< false leaves out the link annotations (a printed page has no use for them)
    /// Set: write PDF/A-2b as far as libharu allows (XMP metadata, this output intent, a
    /// trailer /ID derived from the file's bytes).
    std::optional<OutputIntent> pdfa;
};

/// Either the bytes of a complete PDF, or a one-line error saying what failed.
struct RenderResult {
    std::string pdf_bytes;
    std::string error;       ///< empty on success
    std::string error_file;  ///< the input at fault (a font), when it is one; empty otherwise
    bool ok() const { return error.empty(); }
};

/// Renders `document` to PDF in memory. Never throws on libharu errors; never longjmps.
RenderResult render_pdf(const Document& document, const RenderOptions& options);

}  // namespace brochure
