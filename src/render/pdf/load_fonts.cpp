#include "render/pdf/load_fonts.hpp"

#include <fmt/format.h>

#include <map>

#include "fonts/truetype_metrics.hpp"

namespace brochure {

std::string load_fonts(const HaruDocument& document, const FontFiles& files, HaruFonts& fonts) {
    HPDF_Doc pdf = document.handle();
    if (HPDF_UseUTFEncodings(pdf) != HPDF_OK || HPDF_SetCurrentEncoder(pdf, "UTF-8") != HPDF_OK)
        return document.failure("selecting the UTF-8 encoder");

    const std::string* paths[] = {&files.regular, &files.bold, &files.italic, &files.bold_italic};
    // libharu refuses to register the same font twice, so a shared file is loaded once.
    std::map<std::string, HPDF_Font> loaded;
    for (std::size_t face = 0; face < fonts.size(); ++face) {
        const std::string& path = *paths[face];
        if (auto found = loaded.find(path); found != loaded.end()) {
            fonts[face] = found->second;
            continue;
        }
        if (std::string reason = check_font_file(path); !reason.empty()) return reason;
        const char* name = HPDF_LoadTTFontFromFile(pdf, path.c_str(), HPDF_TRUE);
        HPDF_Font font = name != nullptr ? HPDF_GetFont(pdf, name, "UTF-8") : nullptr;
        if (font == nullptr) return document.failure(fmt::format("loading font {}", path));
        fonts[face] = font;
        loaded.emplace(path, font);
    }
    return {};
}

}  // namespace brochure
