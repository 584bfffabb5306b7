#pragma once
// Comparing text the way a reader would: line breaks and runs of spaces do not matter.

#include <string>
#include <string_view>
#include <vector>

namespace brochure::test {

/// `text` with every run of ASCII whitespace (spaces, tabs, line and page breaks)
/// replaced by one space, and none at either end. Other characters, typographic
/// apostrophes and non-breaking spaces included, are kept exactly.
std::string collapse_whitespace(std::string_view text);

/// The lines of `text`, without their line ends.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace brochure::test
