#include "core/xml_text.hpp"

#include <fmt/format.h>

#include "core/utf8.hpp"

namespace brochure {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Characters XML 1.0 allows in a document.
bool allowed_in_xml(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

std::string escaped_for_xml(std::string_view text, bool in_attribute) {
    std::string out;
    for (std::size_t index = 0; index < text.size();) {
        const char32_t c = next_code_point(text, index);
        if (in_attribute && (c == '\t' || c == '\n' || c == '\r')) {
            out += fmt::format("&#{};", static_cast<unsigned>(c));
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: append_utf8(out, allowed_in_xml(c) ? c : kReplacement);
        }
    }
    return out;
}

}  // namespace

std::string xml_escaped(std::string_view text) { return escaped_for_xml(text, false); }

std::string xml_attribute(std::string_view text) { return escaped_for_xml(text, true); }

}  // namespace brochure
