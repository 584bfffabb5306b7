#pragma once
// Decoding UTF-8 into Unicode code points, the way the PDF renderer sees text.

#include <string_view>
#include <vector>

namespace brochure {

/// The code points of `utf8`, in order. A malformed or truncated sequence becomes one
/// U+FFFD per offending byte, so the result never loses track of the input.
std::vector<char32_t> code_points_from_utf8(std::string_view utf8);

}  // namespace brochure
