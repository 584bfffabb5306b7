#include "io/content_hash.hpp"

#include <xxhash.h>

#include <cstdint>

#include <fmt/format.h>

namespace brochure {

std::string content_hash(std::initializer_list<std::string_view> parts) {
    XXH3_state_t* state = XXH3_createState();
    if (state == nullptr) throw std::bad_alloc();
    XXH3_128bits_reset(state);
    for (std::string_view part : parts) {
        const std::uint64_t length = part.size();
        XXH3_128bits_update(state, &length, sizeof length);
        XXH3_128bits_update(state, part.data(), part.size());
    }
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

ContentDigest content_digest(std::string_view bytes) {
    const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
    return {hash.low64, hash.high64};
}

}  // namespace brochure
