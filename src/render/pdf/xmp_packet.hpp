#pragma once
// The XMP metadata packet of every file: the standards it claims (PDF/UA-1 always, PDF/A-2b
// and PDF/X-4 when asked for), and the same title, author, subject, keywords, producer and
// dates as the Info dictionary.

#include <optional>
#include <string>
#include <string_view>

#include "layout/document.hpp"

namespace brochure {

/// An XMP date with an explicit offset, e.g. "1971-01-02T01:01:01+00:00", for
/// `seconds_since_epoch` (UTC); nullopt when it cannot be converted.
std::optional<std::string> xmp_date_from_epoch(long long seconds_since_epoch);

/// The standards a packet names.
struct XmpClaims {
    bool pdfa = false;  ///< PDF/A-2b: pdfaid:part 2, pdfaid:conformance B
    bool pdfx = false;  ///< PDF/X-4: pdfxid:GTS_PDFXVersion, and pdf:Trapped False
    bool pdfua = true;  ///< PDF/UA-1: pdfuaid:part 1
};

/// The complete packet, from `<?xpacket begin` to `<?xpacket end="w"?>`, in UTF-8.
/// `date` (from xmp_date_from_epoch) becomes the creation, modification and metadata
/// date; without it the packet has no dates, as the Info dictionary then has none.
std::string xmp_packet(const DocumentInfo& info, std::string_view producer,
                       const std::optional<std::string>& date, const XmpClaims& claims);

}  // namespace brochure
