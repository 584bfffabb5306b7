#pragma once
// What PDF/UA-1, PDF/A-2b and PDF/X-4 add to a document that libharu 2.3.0 does not write
// correctly itself: the XMP metadata stream that names the standards, and the output
// intents with their embedded ICC profile.

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
/// of `info`, libharu's producer and `source_date_epoch`, naming PDF/UA-1 always, PDF/A-2b
/// when `pdfa` is set and PDF/X-4 when `pdfx` is) and, with either, /OutputIntents: a
/// GTS_PDFA1 intent for `pdfa`, a GTS_PDFX one for `pdfx`, sharing one embedded profile
/// when they name the same. For PDF/X, the Info dictionary gets /Trapped /False. Call after
/// the Info dictionary is complete. Refuses a profile whose colour space is not
/// `color_space`'s. Empty on success, else a one-line reason.
std::string write_conformance_parts(const HaruDocument& document, const DocumentInfo& info,
                                    std::optional<long long> source_date_epoch,
                                    const std::optional<OutputIntent>& pdfa, const std::optional<OutputIntent>& pdfx,
                                    ColorSpace color_space);

}  // namespace brochure
