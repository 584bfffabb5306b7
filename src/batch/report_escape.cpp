#include "batch/report_escape.hpp"

#include <fmt/format.h>

#include "core/utf8.hpp"

namespace brochure {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

void append_utf8(std::string& out, char32_t code_point) {
    if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) code_point = kReplacement;
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

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

std::string json_quoted(std::string_view text) {
    std::string out = "\"";
    for (std::size_t index = 0; index < text.size();) {
        const char32_t c = next_code_point(text, index);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7F) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
                else append_utf8(out, c);
        }
    }
    return out + "\"";
}

std::string xml_escaped(std::string_view text) { return escaped_for_xml(text, false); }

std::string xml_attribute(std::string_view text) { return escaped_for_xml(text, true); }

}  // namespace brochure
