#pragma once
// Drawing a laid-out Document as PDF bytes with libharu. The only public header of the
// renderer: hpdf.h stays inside render/pdf/.

#include <optional>
#include <string>

#include "layout/document.hpp"

namespace brochure {

/// Paths of the TrueType files for the four faces. Each must have been checked by
/// fonts/ (check_font_file) before it reaches the renderer: libharu crashes on bad fonts.
struct FontFiles {
    std::string regular;
    std::string bold;
    std::string italic;
    std::string bold_italic;
};

struct RenderOptions {
    FontFiles fonts;
    /// Seconds since 1970 (UTC) for the creation and modification dates; nullopt leaves
    /// the dates out, which keeps output byte-identical across runs.
    std::optional<long long> source_date_epoch;
};

/// Either the bytes of a complete PDF, or a one-line error saying what failed.
struct RenderResult {
    std::string pdf_bytes;
    std::string error;  ///< empty on success
    bool ok() const { return error.empty(); }
};

/// Renders `document` to PDF in memory. Never throws on libharu errors; never longjmps.
RenderResult render_pdf(const Document& document, const RenderOptions& options);

}  // namespace brochure
