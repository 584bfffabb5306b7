#include "batch/report_escape.hpp"

#include <fmt/format.h>

#include "core/utf8.hpp"

namespace brochure {

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

}  // namespace brochure
