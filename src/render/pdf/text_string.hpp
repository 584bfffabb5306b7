#pragma once
// PDF text strings (ISO 32000-1, 7.9.2.2) for what libharu's own strings cannot hold:
// UTF-16BE with a byte order mark, written as a hex string, so that any code point of the
// profile (beyond the Basic Multilingual Plane too) reaches a screen reader intact.

#include <hpdf.h>

#include <string>
#include <string_view>

namespace brochure {

/// `utf8` as the bytes of a UTF-16BE text string, byte order mark first.
std::string utf16_text_string(std::string_view utf8);

/// A new libharu string object holding `utf8` as a text string: as written when it is
/// printable ASCII, else utf16_text_string(`utf8`); untyped, as libharu's dictionaries
/// take their values. Null when out of memory.
void* new_text_string(HPDF_Doc pdf, std::string_view utf8);

}  // namespace brochure
