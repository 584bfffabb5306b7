#include "render/pdf/to_unicode_cmap.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace brochure {

std::string identity_to_unicode_cmap() {
    // One range per high byte: a bfrange may only vary the last byte of its codes.
    std::vector<unsigned> high_bytes;
    for (unsigned high = 0; high <= 0xFF; ++high)
        if (high < 0xD8 || high > 0xDF) high_bytes.push_back(high);

    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    constexpr std::size_t kMaxRangesPerBlock = 100;  // the limit a CMap block may hold
    for (std::size_t first = 0; first < high_bytes.size(); first += kMaxRangesPerBlock) {
        const std::size_t count = std::min(kMaxRangesPerBlock, high_bytes.size() - first);
        cmap += fmt::format("{} beginbfrange\n", count);
        for (std::size_t i = first; i < first + count; ++i)
            cmap += fmt::format("<{0:02X}00> <{0:02X}FF> <{0:02X}00>\n", high_bytes[i]);
        cmap += "endbfrange\n";
    }
    cmap +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return cmap;
}

std::string replace_to_unicode_cmap(const HaruDocument& document, HPDF_Font font) {
    const auto attributes = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_Dict stream = attributes != nullptr ? attributes->cmap_stream : nullptr;
    if (stream == nullptr || stream->stream == nullptr)
        return "the font has no ToUnicode map to correct";
    // The keys of a CMap resource do not belong on a ToUnicode stream. Removing a key
    // that is absent reports "not found" and records no error.
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) {
        const HPDF_STATUS status = HPDF_Dict_RemoveElement(stream, key);
        if (status != HPDF_OK && status != HPDF_DICT_ITEM_NOT_FOUND)
            return document.failure("correcting the ToUnicode map");
    }
    HPDF_MemStream_FreeData(stream->stream);
    if (HPDF_Stream_WriteStr(stream->stream, identity_to_unicode_cmap().c_str()) != HPDF_OK)
        return document.failure("writing the ToUnicode map");
    return {};
}

}  // namespace brochure
