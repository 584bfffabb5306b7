// XML escaping, shared by the JUnit report and the XMP packet of PDF/A files.

#include <catch2/catch.hpp>

#include "core/xml_text.hpp"

using namespace brochure;

TEST_CASE("XML text escapes the five special characters and keeps other UTF-8", "[core][xml]") {
    CHECK(xml_escaped("R&D <\"Ops\"> l'été") == "R&amp;D &lt;&quot;Ops&quot;&gt; l&apos;été");
}

TEST_CASE("characters XML cannot hold and invalid UTF-8 become U+FFFD", "[core][xml]") {
    CHECK(xml_escaped(std::string("a\x01" "b\tc")) == "a\uFFFD" "b\tc");
    CHECK(xml_escaped(std::string("x\xFFy")) == "x\uFFFDy");
}

TEST_CASE("attribute values keep tabs and line ends as references", "[core][xml]") {
    CHECK(xml_attribute("a\tb\nc") == "a&#9;b&#10;c");
    CHECK(xml_escaped("a\tb\nc") == "a\tb\nc");
}
