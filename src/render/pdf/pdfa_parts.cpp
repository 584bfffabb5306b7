#include "render/pdf/pdfa_parts.hpp"

#include <fmt/format.h>

#include "render/pdf/xmp_packet.hpp"

namespace brochure {

namespace {

// A stream object holding `bytes`, compressed when `compress` is set.
HPDF_Dict new_stream(HPDF_Doc pdf, const std::string& bytes, bool compress) {
    HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (stream == nullptr) return nullptr;
    if (compress) stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    const auto* data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
    if (HPDF_Stream_Write(stream->stream, data, static_cast<HPDF_UINT>(bytes.size())) != HPDF_OK) return nullptr;
    return stream;
}

std::string write_metadata(const HaruDocument& document, const DocumentInfo& info,
                           std::optional<long long> source_date_epoch) {
    HPDF_Doc pdf = document.handle();
    std::optional<std::string> date;
    if (source_date_epoch) {
        date = xmp_date_from_epoch(*source_date_epoch);
        if (!date) return fmt::format("source date {} cannot be converted to a date", *source_date_epoch);
    }
    const char* producer = HPDF_GetInfoAttr(pdf, HPDF_INFO_PRODUCER);
    // PDF/A readers must see the packet as it is: the metadata stream is never compressed.
    HPDF_Dict metadata = new_stream(pdf, xmp_packet(info, producer ? producer : "", date), false);
    const bool made = metadata != nullptr && HPDF_Dict_AddName(metadata, "Type", "Metadata") == HPDF_OK &&
                      HPDF_Dict_AddName(metadata, "Subtype", "XML") == HPDF_OK &&
                      HPDF_Dict_Add(pdf->catalog, "Metadata", metadata) == HPDF_OK;
    return made ? std::string() : document.failure("adding the XMP metadata");
}

std::string write_output_intent(const HaruDocument& document, const OutputIntent& intent, int components) {
    HPDF_Doc pdf = document.handle();
    HPDF_Dict profile = new_stream(pdf, intent.icc_profile, true);
    HPDF_Dict output_intent = HPDF_Dict_New(pdf->mmgr);
    HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
    const bool made =
        profile != nullptr && output_intent != nullptr && intents != nullptr &&
        HPDF_Dict_AddNumber(profile, "N", components) == HPDF_OK &&
        HPDF_Dict_AddName(output_intent, "Type", "OutputIntent") == HPDF_OK &&
        HPDF_Dict_AddName(output_intent, "S", "GTS_PDFA1") == HPDF_OK &&
        HPDF_Dict_Add(output_intent, "OutputConditionIdentifier",
                      HPDF_String_New(pdf->mmgr, intent.condition.c_str(), nullptr)) == HPDF_OK &&
        HPDF_Dict_Add(output_intent, "Info", HPDF_String_New(pdf->mmgr, intent.condition.c_str(), nullptr)) ==
            HPDF_OK &&
        HPDF_Dict_Add(output_intent, "DestOutputProfile", profile) == HPDF_OK &&
        HPDF_Array_Add(intents, output_intent) == HPDF_OK &&
        HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents) == HPDF_OK;
    return made ? std::string() : document.failure("adding the output intent");
}

}  // namespace

std::string icc_color_space(const std::string& icc_profile) {
    constexpr std::size_t kHeaderBytes = 128;
    constexpr std::size_t kColorSpaceOffset = 16;
    if (icc_profile.size() < kHeaderBytes || icc_profile.compare(36, 4, "acsp") != 0) return {};
    return icc_profile.substr(kColorSpaceOffset, 4);
}

std::string write_pdfa_parts(const HaruDocument& document, const DocumentInfo& info,
                             std::optional<long long> source_date_epoch, const OutputIntent& intent,
                             ColorSpace color_space) {
    const std::string space = icc_color_space(intent.icc_profile);
    const std::string wanted = color_space == ColorSpace::device_rgb ? "RGB " : "CMYK";
    if (space != wanted)
        return fmt::format("the output intent's ICC profile \"{}\" describes {}, but the document's colours are {}",
                           intent.condition, space.empty() ? "no colour space (not an ICC profile)" : "'" + space + "'",
                           color_space == ColorSpace::device_rgb ? "RGB" : "CMYK");
    document.handle()->pdf_version = HPDF_VER_17;  // PDF/A-2 is built on PDF 1.7 (ISO 32000-1)
    if (std::string reason = write_metadata(document, info, source_date_epoch); !reason.empty()) return reason;
    return write_output_intent(document, intent, color_space == ColorSpace::device_rgb ? 3 : 4);
}

}  // namespace brochure
