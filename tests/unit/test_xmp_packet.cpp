// The XMP packet of PDF/A files: escaped text, dates with explicit offsets.

#include <catch2/catch.hpp>

#include "render/pdf/xmp_packet.hpp"

using namespace brochure;

TEST_CASE("XMP dates carry an explicit +00:00 offset, never Z", "[pdfa]") {
    CHECK(xmp_date_from_epoch(86400LL * 366 + 3661) == "1971-01-02T01:01:01+00:00");
}

TEST_CASE("the packet names PDF/A-2b and carries the escaped document information", "[pdfa]") {
    DocumentInfo info{"Q&A <Brochure>", "Zoë & co", "Who we are", "a, b", "fr"};
    const std::string packet = xmp_packet(info, "Haru Free PDF Library 2.3.0", "1971-01-02T01:01:01+00:00", XmpClaims{true, false});
    CHECK(packet.rfind("<?xpacket begin=\"\xEF\xBB\xBF\"", 0) == 0);
    CHECK(packet.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
    CHECK(packet.find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
    CHECK(packet.find(">Q&amp;A &lt;Brochure&gt;</rdf:li>") != std::string::npos);
    CHECK(packet.find("<rdf:li>Zoë &amp; co</rdf:li>") != std::string::npos);
    CHECK(packet.find("<xmp:CreateDate>1971-01-02T01:01:01+00:00</xmp:CreateDate>") != std::string::npos);
    CHECK(packet.find("Z<") == std::string::npos);
    CHECK(packet.find("Q&A") == std::string::npos);
    CHECK(xmp_packet(info, "p", std::nullopt, XmpClaims{true, false}).find("xmp:CreateDate") == std::string::npos);
}

TEST_CASE("the packet names PDF/X-4 and an untrapped file for print, alone or with PDF/A", "[pdfa][pdfx]") {
    const DocumentInfo info{"Brochure", "", "", "", "en"};
    const std::string print = xmp_packet(info, "p", "1971-01-02T01:01:01+00:00", XmpClaims{false, true});
    CHECK(print.find("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>") != std::string::npos);
    CHECK(print.find("xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"") != std::string::npos);
    CHECK(print.find("<pdf:Trapped>False</pdf:Trapped>") != std::string::npos);
    CHECK(print.find("pdfaid") == std::string::npos);
    const std::string both = xmp_packet(info, "p", "1971-01-02T01:01:01+00:00", XmpClaims{true, true});
    CHECK(both.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
    CHECK(both.find("PDF/X-4") != std::string::npos);
    const std::string screen = xmp_packet(info, "p", std::nullopt, XmpClaims{true, false});
    CHECK(screen.find("pdfxid") == std::string::npos);
    CHECK(screen.find("Trapped") == std::string::npos);
}
