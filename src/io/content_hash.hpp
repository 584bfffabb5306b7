#pragma once
// Content hashes for incremental builds: XXH3, 128 bits, as 32 lowercase hex digits.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace brochure {

/// Hash of the sequence `parts`. Each part is hashed with its length, so ("ab", "c") and
/// ("a", "bc") differ. Not cryptographic: it detects change, it does not resist forgery.
std::string content_hash(std::initializer_list<std::string_view> parts);

/// XXH3's 128 bits of `bytes` alone, as two numbers: for a large file that several
/// keys cover, hashed once and named by this in each.
struct ContentDigest {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    bool operator==(const ContentDigest&) const = default;
};
ContentDigest content_digest(std::string_view bytes);

}  // namespace brochure
