#pragma once
// zlib's deflate at its default level, for the samples of raw images: on photographic
// samples it packs tighter than libdeflate at the same speed (docs/output.md).

#include <cstdint>
#include <string>
#include <vector>

namespace brochure {

/// `data` in zlib's format (what /FlateDecode reads) at level 6; empty when zlib fails.
std::string zlib_deflated(const std::vector<std::uint8_t>& data);

}  // namespace brochure
