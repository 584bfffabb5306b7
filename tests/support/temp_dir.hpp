#pragma once
// A fresh, private temporary folder that is removed with everything in it when the
// object goes out of scope.

#include <filesystem>
#include <string>

namespace brochure::test {

class TempDir {
public:
    /// Creates a new empty folder under the system's temporary folder; `label` becomes
    /// part of its name, to tell test leftovers apart if a test is killed.
    explicit TempDir(const std::string& label);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace brochure::test
