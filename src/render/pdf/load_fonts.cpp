#include "render/pdf/load_fonts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "render/pdf/cid_to_gid_map.hpp"
#include "render/pdf/font_subset_cache.hpp"

namespace brochure {

namespace {

// Loads into libharu the subset of the font at `path` holding `code_points` (shared by
// every document of the process; libharu 2.3.0 loads fonts only from a path and keeps
// its own handle open to embed the file at save time), then trims its CIDToGIDMap.
std::string load_subset(const HaruDocument& document, const std::string& path,
                        const std::vector<char32_t>& code_points, HPDF_Font& font) {
    const SubsetLookup subset = shared_font_subset(path, code_points);
    if (!subset.file) return subset.error;
    const char* name = HPDF_LoadTTFontFromFile(document.handle(), subset.file->path().c_str(), HPDF_TRUE);
    font = name != nullptr ? HPDF_GetFont(document.handle(), name, "UTF-8") : nullptr;
    if (font == nullptr) return document.failure(fmt::format("loading font {}", path));
    const char32_t last = code_points.empty() ? U' ' : std::max(U' ', *std::max_element(code_points.begin(), code_points.end()));
    return trim_cid_to_gid_map(document, font, last);
}

}  // namespace

std::string load_fonts(const HaruDocument& document, const FontFiles& files,
                       const FaceCodePoints& used, HaruFonts& fonts, std::string& failed_font) {
    HPDF_Doc pdf = document.handle();
    if (HPDF_UseUTFEncodings(pdf) != HPDF_OK || HPDF_SetCurrentEncoder(pdf, "UTF-8") != HPDF_OK)
        return document.failure("selecting the UTF-8 encoder");

    const std::string* paths[] = {&files.regular, &files.bold, &files.italic, &files.bold_italic};
    // libharu refuses to register the same font twice, so a shared file is loaded once.
    std::map<std::string, std::vector<char32_t>> code_points_by_path;
    for (std::size_t face = 0; face < fonts.size(); ++face) {
        if (used[face].empty()) continue;  // a face the document never shows is not embedded
        std::vector<char32_t>& code_points = code_points_by_path[*paths[face]];
        code_points.insert(code_points.end(), used[face].begin(), used[face].end());
    }
    std::map<std::string, HPDF_Font> loaded;
    for (const auto& [path, code_points] : code_points_by_path) {
        if (std::string reason = load_subset(document, path, code_points, loaded[path]); !reason.empty()) {
            failed_font = path;
            return reason;
        }
    }
    for (std::size_t face = 0; face < fonts.size(); ++face)
        fonts[face] = used[face].empty() ? nullptr : loaded.at(*paths[face]);
    return {};
}

}  // namespace brochure
