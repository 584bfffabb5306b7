#pragma once
// Where a line may end, by Unicode's line-breaking rules (UAX #14), not merely at spaces:
// after a hyphen or a slash, around dashes, never before "!" or inside "7,5 %".

#include <string_view>
#include <vector>

namespace brochure {

/// Whether a line may end right after a given byte of a text.
enum class BreakAfter {
    none,       ///< no break here (also every byte but the last of a multi-byte code point)
    allowed,    ///< a line may end here
    mandatory,  ///< a line must end here (a newline, and the end of the text)
};

/// One entry per byte of the UTF-8 `text`, saying whether a line may end after that byte,
/// following UAX #14 with the tailorings of language `lang` (a BCP 47 tag such as "fr").
/// An empty text gives an empty vector.
std::vector<BreakAfter> line_break_opportunities(std::string_view text, std::string_view lang);

}  // namespace brochure
