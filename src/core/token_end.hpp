#pragma once
// Where the YAML token a diagnostic points at ends, so that editors and code-scanning
// tools can underline the whole value or key rather than one character.

#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source_lines.hpp"

namespace brochure {

/// The position just past the token that starts at `start` on its line: a quoted scalar
/// to its closing quote, a key to its colon, a plain value to the end of the line or to a
/// comment, trailing blanks left out. `start` itself when the line has no token there,
/// and line 0 when `start` has none.
SourcePosition token_end(const SourceLines& source, SourcePosition start);

/// Sets each diagnostic's `end` from `source_text`, the text its positions refer to.
void set_token_ends(std::vector<Diagnostic>& diagnostics, std::string_view source_text);

}  // namespace brochure
