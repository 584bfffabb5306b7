#include "render/pdf/xmp_packet.hpp"

#include "core/xml_text.hpp"

#include <fmt/format.h>

#include <ctime>

namespace brochure {

namespace {

// PDF/A allows in XMP only the properties of the schemas it names and of those the packet
// describes itself (ISO 19005-2, 6.6.2.3): the PDF/UA and PDF/X identification schemas are
// neither, so a PDF/A packet that claims them describes them.
std::string extension_schema(std::string_view name, std::string_view uri, std::string_view prefix,
                             std::string_view property, std::string_view type, std::string_view about) {
    return fmt::format(
        "     <rdf:li rdf:parseType=\"Resource\">\n"
        "      <pdfaSchema:schema>{}</pdfaSchema:schema>\n"
        "      <pdfaSchema:namespaceURI>{}</pdfaSchema:namespaceURI>\n"
        "      <pdfaSchema:prefix>{}</pdfaSchema:prefix>\n"
        "      <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        "       <pdfaProperty:name>{}</pdfaProperty:name>\n"
        "       <pdfaProperty:valueType>{}</pdfaProperty:valueType>\n"
        "       <pdfaProperty:category>internal</pdfaProperty:category>\n"
        "       <pdfaProperty:description>{}</pdfaProperty:description>\n"
        "      </rdf:li></rdf:Seq></pdfaSchema:property>\n"
        "     </rdf:li>\n",
        name, uri, prefix, property, type, about);
}

std::string extension_schemas(const XmpClaims& claims) {
    if (!claims.pdfa || !(claims.pdfua || claims.pdfx)) return {};
    std::string schemas;
    if (claims.pdfua)
        schemas += extension_schema("PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/",
                                    "pdfuaid", "part", "Integer", "The part of ISO 14289 the file conforms to");
    if (claims.pdfx)
        schemas += extension_schema("PDF/X Identification Schema", "http://www.npes.org/pdfx/ns/id/", "pdfxid",
                                    "GTS_PDFXVersion", "Text", "The PDF/X version the file conforms to");
    return "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
           "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
           "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
           "   <pdfaExtension:schemas><rdf:Bag>\n" +
           schemas + "   </rdf:Bag></pdfaExtension:schemas>\n  </rdf:Description>\n";
}

}  // namespace

std::optional<std::string> xmp_date_from_epoch(long long seconds_since_epoch) {
    const auto seconds = static_cast<std::time_t>(seconds_since_epoch);
    std::tm utc{};
    if (::gmtime_r(&seconds, &utc) == nullptr) return std::nullopt;
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::string xmp_packet(const DocumentInfo& info, std::string_view producer,
                       const std::optional<std::string>& date, const XmpClaims& claims) {
    std::string identification;
    if (claims.pdfa)
        identification +=
            "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            "   <pdfaid:part>2</pdfaid:part>\n"
            "   <pdfaid:conformance>B</pdfaid:conformance>\n"
            "  </rdf:Description>\n";
    if (claims.pdfua)
        identification +=
            "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
            "   <pdfuaid:part>1</pdfuaid:part>\n"
            "  </rdf:Description>\n";
    if (claims.pdfx)
        identification +=
            "  <rdf:Description rdf:about=\"\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n"
            "   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n"
            "  </rdf:Description>\n";
    identification += extension_schemas(claims);
    std::string dc;
    if (!info.title.empty())
        dc += fmt::format("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n",
                          xml_escaped(info.title));
    if (!info.author.empty())
        dc += fmt::format("   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
                          xml_escaped(info.author));
    if (!info.subject.empty())
        dc += fmt::format(
            "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n",
            xml_escaped(info.subject));
    if (!info.lang.empty())
        dc += fmt::format("   <dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n",
                          xml_escaped(info.lang));

    std::string pdf = fmt::format("   <pdf:Producer>{}</pdf:Producer>\n", xml_escaped(producer));
    if (!info.keywords.empty()) pdf += fmt::format("   <pdf:Keywords>{}</pdf:Keywords>\n", xml_escaped(info.keywords));
    if (claims.pdfx) pdf += "   <pdf:Trapped>False</pdf:Trapped>\n";

    std::string dates;
    if (date)
        dates = fmt::format(
            "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "   <xmp:CreateDate>{0}</xmp:CreateDate>\n"
            "   <xmp:ModifyDate>{0}</xmp:ModifyDate>\n"
            "   <xmp:MetadataDate>{0}</xmp:MetadataDate>\n"
            "  </rdf:Description>\n",
            *date);

    return fmt::format(
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "{}"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "{}"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "{}"
        "  </rdf:Description>\n"
        "{}"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>",
        identification, dc, pdf, dates);
}

}  // namespace brochure
