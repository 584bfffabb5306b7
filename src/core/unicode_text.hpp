#pragma once
// What the project asks of Unicode and of locales, answered by ICU (the one file that
// includes it): where lines may break (UAX #14), letters and their lower case, and
// numbers and percentages written as a language writes them.

#include <optional>
#include <string>
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
/// Where a line may end by Unicode's rules: after a hyphen or a slash, around dashes, never
/// before "!" or inside "7,5 %". Every scalar value is accepted.
std::vector<BreakAfter> line_break_opportunities(std::string_view text, std::string_view lang);

/// True for a letter of any script (general category L).
bool is_letter(char32_t code_point);

/// The simple lower case of `code_point` (itself when it has none): É → é, Σ → σ, Д → д.
char32_t lower_case(char32_t code_point);

/// `utf8` in the single-byte character set `charset` (an ICU name or alias such as
/// "ISO8859-2"), or nothing when the charset is unknown or cannot hold every character.
std::optional<std::string> encoded_in(std::string_view utf8, const std::string& charset);

/// `value` with its digits grouped as language `lang` (a BCP 47 tag) writes them: "4,000"
/// in English, "4 000" (U+202F) in French, "4.000" in German.
std::string format_count(long long value, std::string_view lang);

/// `percent` (50 for half) with at most one decimal, as `lang` writes a percentage: "7.5%"
/// in English, "7,5 %" (U+202F) in French, "7,5 %" (U+00A0) in German.
std::string format_percent(double percent, std::string_view lang);

}  // namespace brochure
