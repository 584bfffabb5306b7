#include "render/pdf/load_fonts.hpp"

#include <map>

#include "render/pdf/font_subset_cache.hpp"

namespace brochure {

std::string load_fonts(const HaruDocument& document, const FontFiles& files, const FaceCodePoints& used,
                       EmbeddedFonts& fonts, std::string& failed_font) {
    const std::string* paths[] = {&files.regular, &files.bold, &files.italic, &files.bold_italic};
    std::map<std::string, std::vector<char32_t>> code_points_by_path;
    for (std::size_t face = 0; face < fonts.size(); ++face) {
        if (used[face].empty()) continue;  // a face the document never shows is not embedded
        std::vector<char32_t>& code_points = code_points_by_path[*paths[face]];
        code_points.insert(code_points.end(), used[face].begin(), used[face].end());
    }
    std::map<std::string, EmbeddedFont> embedded;
    for (const auto& [path, code_points] : code_points_by_path) {
        SubsetLookup lookup = shared_font_subset(path, code_points);
        std::string reason = lookup.subset ? embed_font(document, lookup, embedded[path]) : lookup.error;
        if (!reason.empty()) {
            failed_font = path;
            return reason;
        }
    }
    for (std::size_t face = 0; face < fonts.size(); ++face)
        fonts[face] = used[face].empty() ? EmbeddedFont{} : embedded.at(*paths[face]);
    return {};
}

}  // namespace brochure
