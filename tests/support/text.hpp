#pragma once
// Comparing text the way a reader would: line breaks and runs of spaces do not matter.

#include <string>
#include <string_view>
#include <vector>

namespace brochure::test {

/// `text` with every run of ASCII whitespace replaced by one space, and none at either
/// end. Other characters, typographic apostrophes and non-breaking spaces included, are
/// kept exactly.
std::string collapse_whitespace(std::string_view text);

/// Text extracted from a PDF, with every run of whitespace that holds a line or page break
/// replaced by one '\n', every other run by one space, and none at either end.
std::string collapse_keeping_line_breaks(std::string_view text);

/// True when `needle` (whitespace collapsed) occurs in `extracted` (from
/// collapse_keeping_line_breaks), where each line break stands for what a line breaker can
/// have made of the text: a space, nothing (a break after "-" or "/" inside a word), or
/// nothing after an added hyphen ("hyphen-\nation" for "hyphenation").
bool contains_across_line_breaks(std::string_view extracted, std::string_view needle);

/// The lines of `text`, without their line ends.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace brochure::test
