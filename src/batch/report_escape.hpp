#pragma once
// Quoting text for the JSON and JUnit XML reports. Messages may quote a broken profile,
// so any text is accepted: invalid UTF-8 becomes U+FFFD, and characters XML 1.0 cannot
// hold at all become U+FFFD in XML.

#include <string>
#include <string_view>

namespace brochure {

/// `text` as a JSON string literal, with its quotes.
std::string json_quoted(std::string_view text);

/// `text` escaped for XML character data (quotes included).
std::string xml_escaped(std::string_view text);

/// `text` escaped for an XML attribute value: as xml_escaped, and tabs and line ends as
/// character references, which a parser's attribute normalisation would otherwise turn
/// into spaces.
std::string xml_attribute(std::string_view text);

}  // namespace brochure
