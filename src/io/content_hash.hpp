#pragma once
// Content hashes for incremental builds: XXH3, 128 bits, as 32 lowercase hex digits.

#include <initializer_list>
#include <string>
#include <string_view>

namespace brochure {

/// Hash of the sequence `parts`. Each part is hashed with its length, so ("ab", "c") and
/// ("a", "bc") differ. Not cryptographic: it detects change, it does not resist forgery.
std::string content_hash(std::initializer_list<std::string_view> parts);

}  // namespace brochure
