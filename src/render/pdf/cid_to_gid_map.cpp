#include "render/pdf/cid_to_gid_map.hpp"

#include <hpdf_font.h>

#include <string>

namespace brochure {

std::string trim_cid_to_gid_map(const HaruDocument& document, HPDF_Font font, char32_t last_code_point) {
    // libharu keeps the map with the Type0 font's attributes, not its descendant's.
    const auto attributes = static_cast<HPDF_FontAttr>(font->attr);
    const HPDF_Dict map = attributes != nullptr ? attributes->map_stream : nullptr;
    if (map == nullptr || map->stream == nullptr) return "the font has no CIDToGIDMap to trim";

    const HPDF_UINT32 size = HPDF_Stream_Size(map->stream);
    auto wanted = static_cast<HPDF_UINT32>(2 * (static_cast<HPDF_UINT32>(last_code_point) + 1));
    if (wanted >= size) return {};
    std::string entries(wanted, '\0');
    HPDF_UINT32 read = wanted;
    if (HPDF_Stream_Seek(map->stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
        HPDF_Stream_Read(map->stream, reinterpret_cast<HPDF_BYTE*>(entries.data()), &read) != HPDF_OK ||
        read != wanted)
        return document.failure("reading the CIDToGIDMap");
    HPDF_MemStream_FreeData(map->stream);
    if (HPDF_Stream_Write(map->stream, reinterpret_cast<const HPDF_BYTE*>(entries.data()), wanted) != HPDF_OK)
        return document.failure("writing the CIDToGIDMap");
    return {};
}

}  // namespace brochure
