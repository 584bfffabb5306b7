#pragma once
// What PDF/A-2b adds to a document that libharu 2.3.0 does not write correctly itself:
// the XMP metadata stream and the output intent with its embedded ICC profile.

#include <optional>
#include <string>

#include "layout/document.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/render_pdf.hpp"

namespace brochure {

/// The colour space an ICC profile describes, read from its header: "RGB " or "CMYK";
/// empty when `icc_profile` is too short to be a profile.
std::string icc_color_space(const std::string& icc_profile);

/// Declares PDF 1.7 and adds to the catalog an uncompressed /Metadata stream (xmp_packet
/// of `info`, libharu's producer and `source_date_epoch`) and /OutputIntents with
/// `intent`'s profile. Call after the Info dictionary is complete. Refuses a profile whose
/// colour space is not `color_space`'s. Empty on success, else a one-line reason.
std::string write_pdfa_parts(const HaruDocument& document, const DocumentInfo& info,
                             std::optional<long long> source_date_epoch, const OutputIntent& intent,
                             ColorSpace color_space);

}  // namespace brochure
