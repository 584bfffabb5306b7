#include "render/pdf/conformance_parts.hpp"

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
                           std::optional<long long> source_date_epoch, const XmpClaims& claims) {
    HPDF_Doc pdf = document.handle();
    std::optional<std::string> date;
    if (source_date_epoch) {
        date = xmp_date_from_epoch(*source_date_epoch);
        if (!date) return fmt::format("source date {} cannot be converted to a date", *source_date_epoch);
    }
    const char* producer = HPDF_GetInfoAttr(pdf, HPDF_INFO_PRODUCER);
    // PDF/A and PDF/X readers must see the packet as it is (ISO 19005-2, 6.6.2.1, forbids a
    // filter); otherwise it is compressed like every other stream.
    HPDF_Dict metadata =
        new_stream(pdf, xmp_packet(info, producer ? producer : "", date, claims), !claims.pdfa && !claims.pdfx);
    const bool made = metadata != nullptr && HPDF_Dict_AddName(metadata, "Type", "Metadata") == HPDF_OK &&
                      HPDF_Dict_AddName(metadata, "Subtype", "XML") == HPDF_OK &&
                      HPDF_Dict_Add(pdf->catalog, "Metadata", metadata) == HPDF_OK;
    return made ? std::string() : document.failure("adding the XMP metadata");
}

// One output intent of subtype `subtype` for `intent`, its profile `profile`.
HPDF_Dict new_output_intent(HPDF_Doc pdf, const char* subtype, const OutputIntent& intent, HPDF_Dict profile) {
    HPDF_Dict output_intent = HPDF_Dict_New(pdf->mmgr);
    const auto text = [&](const std::string& value) { return HPDF_String_New(pdf->mmgr, value.c_str(), nullptr); };
    const bool made =
        output_intent != nullptr && HPDF_Dict_AddName(output_intent, "Type", "OutputIntent") == HPDF_OK &&
        HPDF_Dict_AddName(output_intent, "S", subtype) == HPDF_OK &&
        HPDF_Dict_Add(output_intent, "OutputConditionIdentifier", text(intent.condition)) == HPDF_OK &&
        HPDF_Dict_Add(output_intent, "Info", text(intent.description.empty() ? intent.condition : intent.description)) ==
            HPDF_OK &&
        (intent.registry.empty() || HPDF_Dict_Add(output_intent, "RegistryName", text(intent.registry)) == HPDF_OK) &&
        HPDF_Dict_Add(output_intent, "DestOutputProfile", profile) == HPDF_OK;
    return made ? output_intent : nullptr;
}

std::string write_output_intents(const HaruDocument& document, const std::optional<OutputIntent>& pdfa,
                                 const std::optional<OutputIntent>& pdfx, int components) {
    HPDF_Doc pdf = document.handle();
    HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
    if (intents == nullptr || HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents) != HPDF_OK)
        return document.failure("adding the output intents");
    // PDF/A-2 asks that every intent of a file embeds the same profile: one stream serves both.
    HPDF_Dict shared = nullptr;
    for (const auto& [intent, subtype] : {std::pair{&pdfx, "GTS_PDFX"}, std::pair{&pdfa, "GTS_PDFA1"}}) {
        if (!*intent) continue;
        const bool reuse = shared != nullptr && pdfa->icc_profile == pdfx->icc_profile;
        HPDF_Dict profile = reuse ? shared : new_stream(pdf, (*intent)->icc_profile, true);
        if (profile == nullptr || (!reuse && HPDF_Dict_AddNumber(profile, "N", components) != HPDF_OK))
            return document.failure("embedding the output intent's profile");
        shared = profile;
        HPDF_Dict output_intent = new_output_intent(pdf, subtype, **intent, profile);
        if (output_intent == nullptr || HPDF_Array_Add(intents, output_intent) != HPDF_OK)
            return document.failure("adding the output intent");
    }
    return {};
}

}  // namespace

std::string icc_color_space(const std::string& icc_profile) {
    constexpr std::size_t kHeaderBytes = 128;
    constexpr std::size_t kColorSpaceOffset = 16;
    if (icc_profile.size() < kHeaderBytes || icc_profile.compare(36, 4, "acsp") != 0) return {};
    return icc_profile.substr(kColorSpaceOffset, 4);
}

std::string write_conformance_parts(const HaruDocument& document, const DocumentInfo& info,
                                    std::optional<long long> source_date_epoch,
                                    const std::optional<OutputIntent>& pdfa, const std::optional<OutputIntent>& pdfx,
                                    ColorSpace color_space) {
    const std::string wanted = color_space == ColorSpace::device_rgb ? "RGB " : "CMYK";
    for (const auto* intent : {&pdfa, &pdfx}) {
        if (!*intent) continue;
        const std::string space = icc_color_space((*intent)->icc_profile);
        if (space != wanted)
            return fmt::format("the output intent's ICC profile \"{}\" describes {}, but the document's colours are {}",
                               (*intent)->condition,
                               space.empty() ? "no colour space (not an ICC profile)" : "'" + space + "'",
                               color_space == ColorSpace::device_rgb ? "RGB" : "CMYK");
    }
    HPDF_Doc pdf = document.handle();
    // PDF/UA-1 and PDF/A-2 are built on PDF 1.7 (ISO 32000-1); PDF/X-4 on 1.6 or later.
    pdf->pdf_version = HPDF_VER_17;
    if (pdfx) {
        // Whether the file has been trapped: it has not (the print shop may trap it).
        if (pdf->info == nullptr || HPDF_Dict_AddName(pdf->info, "Trapped", "False") != HPDF_OK)
            return document.failure("declaring the file untrapped");
    }
    if (std::string reason = write_metadata(document, info, source_date_epoch, XmpClaims{pdfa.has_value(), pdfx.has_value()});
        !reason.empty())
        return reason;
    if (!pdfa && !pdfx) return {};
    return write_output_intents(document, pdfa, pdfx, color_space == ColorSpace::device_rgb ? 3 : 4);
}

}  // namespace brochure
