#pragma once
// Decoding UTF-8 that has already been validated (the loader refuses invalid UTF-8).

#include <cstddef>
#include <string>
#include <string_view>

namespace brochure {

/// next_code_point for a sequence that does not start with an ASCII byte.
char32_t next_non_ascii_code_point(std::string_view text, std::size_t& index);

/// Decodes the code point starting at `text[index]` and advances `index` past it.
/// Malformed or truncated sequences decode as U+FFFD and consume one byte, so a loop over
/// any input terminates. ASCII is decoded here, inline: measuring, kerning and drawing
/// text decode every character of it, most of them several times.
inline char32_t next_code_point(std::string_view text, std::size_t& index) {
    const auto lead = static_cast<unsigned char>(text[index]);
    if (lead >= 0x80) return next_non_ascii_code_point(text, index);
    ++index;
    return lead;
}

/// Number of code points in `text` (as next_code_point counts them).
std::size_t code_point_count(std::string_view text);

/// Appends `code_point` to `out` in UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace brochure
