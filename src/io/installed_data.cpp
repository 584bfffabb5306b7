#include "io/installed_data.hpp"

#include <filesystem>
#include <system_error>

namespace brochure {

namespace {

// <prefix>/share/brochure for the running executable (found through /proc, which Linux
// always has), or empty.
const std::filesystem::path& data_dir() {
    static const std::filesystem::path dir = [] {
        std::error_code error;
        const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
        if (error) return std::filesystem::path();
        const std::filesystem::path candidate = executable.parent_path().parent_path() / "share" / "brochure";
        return std::filesystem::is_directory(candidate, error) ? candidate : std::filesystem::path();
    }();
    return dir;
}

}  // namespace

std::string installed_program_path(std::string_view name) {
    if (data_dir().empty()) return {};
    return (data_dir().parent_path().parent_path() / BROCHURE_INSTALL_LIBEXECDIR / "brochure" / name).string();
}

std::string installed_data_path(std::string_view relative) {
    if (data_dir().empty()) return {};
    const std::filesystem::path path = data_dir() / relative;
    std::error_code error;
    return std::filesystem::exists(path, error) ? path.string() : std::string();
}

}  // namespace brochure
