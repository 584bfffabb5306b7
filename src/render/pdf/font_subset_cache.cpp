#include "render/pdf/font_subset_cache.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>

#include "fonts/subset_font.hpp"
#include "fonts/truetype_metrics.hpp"

namespace brochure {

namespace {

// Subsets kept at most; the oldest is dropped first. A brochure's subset is a few
// kilobytes, so a full cache stays under a few megabytes.
constexpr std::size_t kMaxCachedSubsets = 256;

class SubsetCache {
public:
    std::shared_ptr<const SubsetFile> find(const std::string& key) {
        std::lock_guard lock(mutex_);
        const auto found = files_.find(key);
        return found == files_.end() ? nullptr : found->second;
    }

    void add(const std::string& key, std::shared_ptr<const SubsetFile> file) {
        std::lock_guard lock(mutex_);
        if (!files_.emplace(key, std::move(file)).second) return;  // another thread made it first
        order_.push_back(key);
        if (order_.size() > kMaxCachedSubsets) {
            files_.erase(order_.front());
            order_.pop_front();
        }
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const SubsetFile>> files_;
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

// Only the subset is checked: libharu never reads the source, and HarfBuzz is safe on
// any file.
SubsetLookup make_subset(const std::string& font_path, const std::vector<char32_t>& code_points) {
    const int fd = ::memfd_create("brochure-font-subset", MFD_CLOEXEC);
    if (fd < 0) return {nullptr, "font " + font_path + ": cannot create an in-memory file: " + std::strerror(errno)};
    auto file = std::make_shared<const SubsetFile>(fd);
    if (std::string reason = subset_font_to_file(font_path, code_points, file->path()); !reason.empty())
        return {nullptr, reason};
    if (std::string reason = check_font_file(file->path()); !reason.empty())
        return {nullptr, "the subset made of font " + font_path + " is unusable: " + reason};
    return {file, {}};
}

}  // namespace

SubsetFile::SubsetFile(int fd) : fd_(fd), path_("/proc/self/fd/" + std::to_string(fd)) {}

SubsetFile::~SubsetFile() { ::close(fd_); }

SubsetLookup shared_font_subset(const std::string& font_path, const std::vector<char32_t>& code_points) {
    const std::string key = key_of(font_path, code_points);
    if (std::shared_ptr<const SubsetFile> file = cache().find(key)) return {file, {}};
    SubsetLookup made = make_subset(font_path, code_points);
    if (made.file) cache().add(key, made.file);
    return made;
}

}  // namespace brochure
