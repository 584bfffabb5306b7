#pragma once
// Escaping text for XML: the JUnit report, the XMP packet of PDF/A files. Any text is
// accepted: invalid UTF-8 and characters XML 1.0 cannot hold at all become U+FFFD.

#include <string>
#include <string_view>

namespace brochure {

/// `text` escaped for XML character data (quotes included).
std::string xml_escaped(std::string_view text);

/// `text` escaped for an XML attribute value: as xml_escaped, and tabs and line ends as
/// character references, which a parser's attribute normalisation would otherwise turn
/// into spaces.
std::string xml_attribute(std::string_view text);

}  // namespace brochure
