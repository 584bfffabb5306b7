#include "render/pdf/to_unicode_cmap.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>

namespace brochure {

std::string to_unicode_cmap(const GlyphSubset& subset) {
    // glyph_of_code_point is sorted by code point, so the first code point seen for a
    // glyph is its lowest.
    std::map<std::uint16_t, char32_t> code_point_of_glyph;
    for (const auto& [code_point, glyph] : subset.glyph_of_code_point)
        if (glyph != 0) code_point_of_glyph.emplace(glyph, code_point);

    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    constexpr std::size_t kMaxEntriesPerBlock = 100;  // the most a CMap block may hold
    auto entry = code_point_of_glyph.begin();
    while (entry != code_point_of_glyph.end()) {
        const auto count = std::min<std::size_t>(kMaxEntriesPerBlock,
                                                 static_cast<std::size_t>(std::distance(entry, code_point_of_glyph.end())));
        cmap += fmt::format("{} beginbfchar\n", count);
        for (std::size_t i = 0; i < count; ++i, ++entry)
            cmap += fmt::format("<{:04X}> <{:04X}>\n", entry->first, static_cast<std::uint32_t>(entry->second));
        cmap += "endbfchar\n";
    }
    cmap +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return cmap;
}

}  // namespace brochure
