#pragma once
// Font subsets shared by every document of a process. Rendering a batch, most documents
// use the same characters, so each (font file, code points) is subset and checked once
// instead of once per document. A subset is kept in an anonymous in-memory file (memfd):
// libharu 2.3.0 loads fonts only from a path, and reads it through /proc/self/fd/N;
// nothing is ever written to disk, and nothing is left behind if the process dies.

#include <memory>
#include <string>
#include <vector>

namespace brochure {

/// One subset, checked by check_font_file. The file stays readable while any holder keeps
/// the pointer, even once the cache has dropped it.
class SubsetFile {
public:
    /// Takes ownership of the open file descriptor `fd`.
    explicit SubsetFile(int fd);
    ~SubsetFile();
    SubsetFile(const SubsetFile&) = delete;
    SubsetFile& operator=(const SubsetFile&) = delete;

    /// A path that opens this subset (/proc/self/fd/N).
    const std::string& path() const { return path_; }

private:
    int fd_;
    std::string path_;
};

/// Either a checked subset or a one-line reason why there is none.
struct SubsetLookup {
    std::shared_ptr<const SubsetFile> file;
    std::string error;  ///< empty when `file` is set
};

/// The subset of the font at `font_path` holding `code_points` (plus .notdef and the
/// space), from the process-wide cache or made now and checked with check_font_file. Safe
/// to call from several threads; the bytes are exactly those subset_font_to_file writes,
/// so output does not depend on the cache.
SubsetLookup shared_font_subset(const std::string& font_path, const std::vector<char32_t>& code_points);

}  // namespace brochure
