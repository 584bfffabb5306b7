#pragma once
// Quoting text for the JSON report (XML escaping is in core/xml_text.hpp). Messages may
// quote a broken profile, so any text is accepted: invalid UTF-8 becomes U+FFFD.

#include <string>
#include <string_view>

namespace brochure {

/// `text` as a JSON string literal, with its quotes.
std::string json_quoted(std::string_view text);

}  // namespace brochure
