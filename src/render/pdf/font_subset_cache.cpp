#include "render/pdf/font_subset_cache.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <mutex>
#include <optional>

#include "fonts/truetype_metrics.hpp"
#include "render/pdf/stream_deflater.hpp"
#include "render/pdf/to_unicode_cmap.hpp"

namespace brochure {

namespace {

// Subsets kept at most; the oldest is dropped first. A brochure's subset is a few
// kilobytes, so a full cache stays under a few megabytes.
constexpr std::size_t kMaxCachedSubsets = 256;

class SubsetCache {
public:
    std::optional<SubsetLookup> find(const std::string& key) {
        std::lock_guard lock(mutex_);
        const auto found = subsets_.find(key);
        if (found == subsets_.end()) return std::nullopt;
        return found->second;
    }

    void add(const std::string& key, const SubsetLookup& made) {
        std::lock_guard lock(mutex_);
        if (!subsets_.emplace(key, made).second) return;  // another thread made it first
        order_.push_back(key);
        if (order_.size() > kMaxCachedSubsets) {
            subsets_.erase(order_.front());
            order_.pop_front();
        }
    }

private:
    std::mutex mutex_;
    std::map<std::string, SubsetLookup> subsets_;
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
    if (std::string reason = check_font_file(font_path); !reason.empty()) return {nullptr, nullptr, reason};
    auto subset = std::make_shared<GlyphSubset>();
    if (std::string reason = make_glyph_subset(font_path, code_points, *subset); !reason.empty())
        return {nullptr, nullptr, reason};
    const StreamDeflater deflater;
    auto streams = std::make_shared<DeflatedFontStreams>(
        DeflatedFontStreams{deflater.deflated(subset->font_program), deflater.deflated(to_unicode_cmap(*subset))});
    if (streams->font_program.empty() || streams->to_unicode.empty())
        return {nullptr, nullptr, "compressing the font: out of memory"};
    return {std::move(subset), std::move(streams), {}};
}

}  // namespace

SubsetLookup shared_font_subset(const std::string& font_path, const std::vector<char32_t>& code_points) {
    const std::string key = key_of(font_path, code_points);
    if (std::optional<SubsetLookup> kept = cache().find(key)) return *kept;
    SubsetLookup made = make_subset(font_path, code_points);
    if (made.subset) cache().add(key, made);
    return made;
}

}  // namespace brochure
