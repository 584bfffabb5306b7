#include "support/temp_dir.hpp"

#include <stdlib.h>

#include <cerrno>
#include <system_error>
#include <vector>

namespace brochure::test {

TempDir::TempDir(const std::string& label) {
    const auto pattern = std::filesystem::temp_directory_path() / ("brochure-" + label + "-XXXXXX");
    std::string name = pattern.string();
    std::vector<char> buffer(name.begin(), name.end());
    buffer.push_back('\0');
    if (mkdtemp(buffer.data()) == nullptr) {
        throw std::system_error(errno, std::generic_category(), "mkdtemp " + name);
    }
    path_ = buffer.data();
}

TempDir::~TempDir() {
    std::error_code ignored;  // a destructor must not throw; a leftover folder is harmless
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace brochure::test
