#include "render/pdf/load_fonts.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

#include "fonts/subset_font.hpp"
#include "fonts/truetype_metrics.hpp"

namespace brochure {

namespace {

// Subsets the font at `path` into a temporary file and loads that into libharu. libharu
// 2.3.0 loads fonts only from a path; it keeps the file open to embed it at save time,
// so the name is removed as soon as it is loaded.
std::string load_subset(const HaruDocument& document, const std::string& path,
                        const std::vector<char32_t>& code_points, HPDF_Font& font) {
    std::string temporary = (std::filesystem::temp_directory_path() / "brochure-font-XXXXXX").string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return fmt::format("font {}: cannot create a temporary file: {}", path, std::strerror(errno));
    ::close(fd);

    std::string reason = subset_font_to_file(path, code_points, temporary);
    if (reason.empty()) reason = check_font_file(temporary);
    if (reason.empty()) {
        const char* name = HPDF_LoadTTFontFromFile(document.handle(), temporary.c_str(), HPDF_TRUE);
        font = name != nullptr ? HPDF_GetFont(document.handle(), name, "UTF-8") : nullptr;
        if (font == nullptr) reason = document.failure(fmt::format("loading font {}", path));
    }
    ::unlink(temporary.c_str());
    return reason;
}

}  // namespace

std::string load_fonts(const HaruDocument& document, const FontFiles& files,
                       const FaceCodePoints& used, HaruFonts& fonts) {
    HPDF_Doc pdf = document.handle();
    if (HPDF_UseUTFEncodings(pdf) != HPDF_OK || HPDF_SetCurrentEncoder(pdf, "UTF-8") != HPDF_OK)
        return document.failure("selecting the UTF-8 encoder");

    const std::string* paths[] = {&files.regular, &files.bold, &files.italic, &files.bold_italic};
    // libharu refuses to register the same font twice, so a shared file is loaded once.
    std::map<std::string, std::vector<char32_t>> code_points_by_path;
    for (std::size_t face = 0; face < fonts.size(); ++face) {
        std::vector<char32_t>& code_points = code_points_by_path[*paths[face]];
        code_points.insert(code_points.end(), used[face].begin(), used[face].end());
    }
    std::map<std::string, HPDF_Font> loaded;
    for (const auto& [path, code_points] : code_points_by_path) {
        if (std::string reason = check_font_file(path); !reason.empty()) return reason;
        if (std::string reason = load_subset(document, path, code_points, loaded[path]); !reason.empty())
            return reason;
    }
    for (std::size_t face = 0; face < fonts.size(); ++face) fonts[face] = loaded.at(*paths[face]);
    return {};
}

}  // namespace brochure
