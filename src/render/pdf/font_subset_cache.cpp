#include "render/pdf/font_subset_cache.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <mutex>

#include "fonts/truetype_metrics.hpp"

namespace brochure {

namespace {

// Subsets kept at most; the oldest is dropped first. A brochure's subset is a few
// kilobytes, so a full cache stays under a few megabytes.
constexpr std::size_t kMaxCachedSubsets = 256;

class SubsetCache {
public:
    std::shared_ptr<const GlyphSubset> find(const std::string& key) {
        std::lock_guard lock(mutex_);
        const auto found = subsets_.find(key);
        return found == subsets_.end() ? nullptr : found->second;
    }

    void add(const std::string& key, std::shared_ptr<const GlyphSubset> subset) {
        std::lock_guard lock(mutex_);
        if (!subsets_.emplace(key, std::move(subset)).second) return;  // another thread made it first
        order_.push_back(key);
        if (order_.size() > kMaxCachedSubsets) {
            subsets_.erase(order_.front());
            order_.pop_front();
        }
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const GlyphSubset>> subsets_;
    std::deque<std::string> order_;
};

SubsetCache& cache() {
    static SubsetCache shared;
    return shared;
}

// The cache key: the font's path and its sorted, distinct code points, as bytes.
std::string key_of(const std::string& font_path, std::vector<char32_t> code_points) {
    std::sort(code_points.begin(), code_points.end());
    code_points.erase(std::unique(code_points.begin(), code_points.end()), code_points.end());
    std::string key = font_path;
    key.push_back('\0');
    key.append(reinterpret_cast<const char*>(code_points.data()), code_points.size() * sizeof(char32_t));
    return key;
}

// The font is checked again: it may have changed since the layout measured with it, and
// HarfBuzz makes an empty subset of a file that is no font.
SubsetLookup make_subset(const std::string& font_path, const std::vector<char32_t>& code_points) {
    if (std::string reason = check_font_file(font_path); !reason.empty()) return {nullptr, reason};
    auto subset = std::make_shared<GlyphSubset>();
    if (std::string reason = make_glyph_subset(font_path, code_points, *subset); !reason.empty())
        return {nullptr, reason};
    return {std::move(subset), {}};
}

}  // namespace

SubsetLookup shared_font_subset(const std::string& font_path, const std::vector<char32_t>& code_points) {
    const std::string key = key_of(font_path, code_points);
    if (std::shared_ptr<const GlyphSubset> subset = cache().find(key)) return {subset, {}};
    SubsetLookup made = make_subset(font_path, code_points);
    if (made.subset) cache().add(key, made.subset);
    return made;
}

}  // namespace brochure
