#include "model/source_text.hpp"

#include <fmt/format.h>

#include "core/utf8.hpp"

namespace brochure {

namespace {

bool is_continuation_byte(unsigned byte) { return (byte & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence starting at `text[index]`, or 0 when the
// bytes there are not one (overlong forms, surrogates and values above U+10FFFF refused).
std::size_t utf8_sequence_length(std::string_view text, std::size_t index) {
    // Past the end reads as 0x100, which no check accepts.
    const auto byte_at = [&](std::size_t i) -> unsigned {
        return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100;
    };
    const unsigned lead = byte_at(index);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned second_low = 0x80;
    unsigned second_high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) second_low = 0xA0;
        if (lead == 0xED) second_high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) second_low = 0x90;
        if (lead == 0xF4) second_high = 0x8F;
    } else {
        return 0;
    }
    const unsigned second = byte_at(index + 1);
    if (second < second_low || second > second_high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        const unsigned next = byte_at(index + i);
        if (next > 0xFF || !is_continuation_byte(next)) return 0;
    }
    return length;
}

// YAML 1.2's printable characters (its c-printable production): tab, the line ends, and
// everything else but the C0 and C1 controls, DEL, surrogates and U+FFFE and U+FFFF.
bool is_printable_in_yaml(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == 0x85) return true;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
    return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

std::optional<Finding> check_source_text(std::string_view text) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        return Finding{{1, 1}, "the file is UTF-16; a profile is UTF-8 text",
                       {"save the file again with the UTF-8 encoding"}, Rule::unreadable_text};
    }
    int line = 0;
    std::size_t line_start = 0;
    bool in_indentation = true;
    for (std::size_t i = 0; i < text.size();) {
        const char byte = text[i];
        // Printable ASCII, nearly all of a profile, is one character of one byte that ends
        // any indentation but a space.
        if (byte > ' ' && byte < '\x7F') {
            in_indentation = false;
            ++i;
            continue;
        }
        // The lines are indexed only to say where a problem is.
        const auto here = [&] { return SourceLines(text).position_from_zero_based(line, static_cast<int>(i - line_start)); };
        if (byte == '\0') {
            return Finding{here(), "the file contains a NUL byte; a profile is UTF-8 text",
                           {"if the file was saved as UTF-16, save it again as UTF-8"}, Rule::unreadable_text};
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            return Finding{here(),
                           fmt::format("invalid UTF-8 (byte 0x{:02X}); a profile is UTF-8 text",
                                       static_cast<unsigned char>(byte)),
                           {"save the file again with the UTF-8 encoding"}, Rule::unreadable_text};
        }
        std::size_t decoded_at = i;
        const char32_t code_point = next_code_point(text, decoded_at);
        if (!is_printable_in_yaml(code_point)) {
            return Finding{here(),
                           fmt::format("the file contains the control character U+{:04X}; a profile is "
                                       "printable text",
                                       static_cast<unsigned>(code_point)),
                           {"remove it: a brochure cannot print it"}, Rule::unreadable_text};
        }
        if (byte == '\n') {
            ++line;
            line_start = i + 1;
            in_indentation = true;
        } else if (in_indentation && byte == '\t') {
            // A tab followed only by blanks is a harmless blank line; elsewhere YAML
            // forbids it, and the parser would report it in its own terse words.
            const std::size_t content = text.find_first_not_of(" \t\r", i);
            if (content != std::string_view::npos && text[content] != '\n') {
                return Finding{here(), "tab character in indentation",
                               {"YAML indents with spaces only: replace the tab with spaces"}};
            }
            // The rest of the line is blank: skip it at once, so a line of a million tabs
            // is read once, not once per tab.
            i = content == std::string_view::npos ? text.size() : content;
            continue;
        } else if (byte != ' ') {
            in_indentation = false;
        }
        i += length;
    }
    return std::nullopt;
}

}  // namespace brochure
