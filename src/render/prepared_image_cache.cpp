#include "render/prepared_image_cache.hpp"

#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include <xxhash.h>

namespace brochure {

namespace {

// Hashes of keys remembered at most (16 bytes each); past that the memory starts afresh.
constexpr std::size_t kMostRemembered = 4096;

struct Entry {
    std::shared_ptr<const PreparedImage> prepared;
    std::shared_ptr<const CmykConversion> conversion;  ///< keeps the key's conversion address taken
    std::shared_ptr<const std::string> file;            ///< the image file's bytes, compared whole
    std::size_t bytes = 0;
};

class PreparedCache {
public:
    // The entry of `key` whose file is `file`, byte for byte: the key holds only a hash
    // of the file, so that looking up a photo never copies it.
    std::shared_ptr<const PreparedImage> find(const std::string& key, const std::string& file) {
        std::lock_guard lock(mutex_);
        const auto found = entries_.find(key);
        if (found == entries_.end() || *found->second.file != file) return nullptr;
        return found->second.prepared;
    }

    // Keeps `entry` if its key was asked for before: a batch of distinct images then holds
    // nothing but their keys' hashes, and one that shares images prepares each twice.
    void add(const std::string& key, Entry entry) {
        if (entry.bytes > kMaxCachedImageBytes) return;
        const XXH128_hash_t hash = XXH3_128bits(key.data(), key.size());
        std::lock_guard lock(mutex_);
        if (seen_.size() >= kMostRemembered) seen_.clear();
        if (seen_.insert({hash.low64, hash.high64}).second) return;
        const std::size_t bytes = entry.bytes;
        const auto [added, made] = entries_.emplace(key, std::move(entry));
        if (!made) return;  // another thread made it first, or another file has the same hash
        order_.push_back(added);
        held_ += bytes;
        while (held_ > kMaxCachedImageBytes) {
            held_ -= order_.front()->second.bytes;
            entries_.erase(order_.front());
            order_.pop_front();
        }
    }

private:
    using Entries = std::map<std::string, Entry>;
    std::mutex mutex_;
    Entries entries_;
    std::deque<Entries::iterator> order_;  ///< oldest first; a map's iterators stay valid
    std::size_t held_ = 0;
    std::set<std::pair<std::uint64_t, std::uint64_t>> seen_;  ///< hashes of the keys asked for
};

PreparedCache& cache() {
    static PreparedCache shared;
    return shared;
}

template <typename Value>
void append_bytes(std::string& key, const Value& value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    key.append(bytes, sizeof value);
}

void append_color(std::string& key, const Color& color) {
    for (const double channel : {color.red, color.green, color.blue}) append_bytes(key, channel);
    append_bytes(key, color.print.has_value());
    if (color.print)
        for (const double ink : {color.print->cyan, color.print->magenta, color.print->yellow, color.print->black})
            append_bytes(key, ink);
}

// Everything prepare_image reads, as bytes: the fixed-size parts, then the image file's
// digest (which decoding made its pixels from; find compares the file itself).
std::string key_of(const DecodedImage& image, const PlacedImage& placement, const ImagePolicy& policy, bool photograph) {
    std::string key;
    append_bytes(key, image.format);
    append_bytes(key, image.width_px);
    append_bytes(key, image.height_px);
    const Rect& crop = placement.crop_px;
    for (const double edge : {crop.left_pt, crop.top_pt, crop.width_pt, crop.height_pt}) append_bytes(key, edge);
    append_bytes(key, placement.frame.width_pt);
    append_bytes(key, placement.frame.height_pt);
    append_color(key, placement.backdrop);
    append_bytes(key, policy.ppi);
    append_bytes(key, policy.resample_above_ppi);
    append_bytes(key, policy.print);
    append_bytes(key, policy.conversion);
    append_bytes(key, photograph);
    append_bytes(key, image.file_digest.low);
    append_bytes(key, image.file_digest.high);
    return key;
}

std::size_t held_bytes(const std::string& key, const std::string& file, const PreparedImage& prepared) {
    return key.size() + file.size() + prepared.jpeg.size() + prepared.deflated_colour.size() + prepared.deflated_alpha.size();
}

}  // namespace

PreparedLookup shared_prepared_image(const DecodedImage& image, const PlacedImage& placement, const ImagePolicy& policy,
                                     bool photograph, const std::shared_ptr<const CmykConversion>& conversion_owner) {
    // An image made in memory rather than read from a file has no bytes to compare.
    const bool cacheable =
        image.file && (policy.conversion == nullptr || policy.conversion == conversion_owner.get());
    const std::string key = cacheable ? key_of(image, placement, policy, photograph) : std::string();
    if (cacheable)
        if (std::shared_ptr<const PreparedImage> prepared = cache().find(key, *image.file))
            return {std::move(prepared), {}, false};
    PreparedLookup made;
    auto prepared = std::make_shared<PreparedImage>(prepare_image(image, placement, policy, photograph, made.error));
    if (!made.error.empty()) {
        made.file_at_fault = prepared->file_at_fault;
        return made;
    }
    if (cacheable)
        cache().add(key, Entry{prepared, conversion_owner, image.file, held_bytes(key, *image.file, *prepared)});
    made.prepared = std::move(prepared);
    return made;
}

}  // namespace brochure
