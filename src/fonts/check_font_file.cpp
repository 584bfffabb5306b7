// check_font_file: the gate every font passes before the layout measures with it, so that
// a font that is no font, or lacks what the brochure needs, is refused with a reason.

#include <hb.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>

#include "fonts/truetype_metrics.hpp"
#include "io/files.hpp"

namespace brochure {

namespace {

constexpr std::size_t kMaxFontBytes = 20u * 1024u * 1024u;

// The tables the layout measures with (cmap, hmtx) and the embedded subset is made of.
constexpr std::array<const char*, 7> kTablesNeeded = {"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"};

struct TableRange {
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
};

std::uint32_t be16(const std::string& bytes, std::uint64_t at) {
    return (std::uint32_t(std::uint8_t(bytes[at])) << 8) | std::uint8_t(bytes[at + 1]);
}

std::uint32_t be32(const std::string& bytes, std::uint64_t at) {
    return (be16(bytes, at) << 16) | be16(bytes, at + 2);
}

// Empty when the metric and location tables are large enough for the glyph count the
// font claims: a font that claims more glyphs than it holds is broken, and the message
// says how.
std::string check_glyph_tables(const std::string& bytes,
                               const std::map<std::string, TableRange>& tables) {
    const TableRange head = tables.at("head");
    const TableRange hhea = tables.at("hhea");
    const TableRange maxp = tables.at("maxp");
    if (head.length < 54) return "its head table is truncated";
    if (hhea.length < 36) return "its hhea table is truncated";
    if (maxp.length < 6) return "its maxp table is truncated";

    const std::uint64_t glyph_count = be16(bytes, maxp.offset + 4);
    const std::uint64_t metric_count = be16(bytes, hhea.offset + 34);
    const std::uint32_t loca_format = be16(bytes, head.offset + 50);
    const std::uint32_t units_per_em = be16(bytes, head.offset + 18);
    if (glyph_count == 0) return "it has no glyphs";
    if (units_per_em < 16 || units_per_em > 16384) return "its units per em are out of range";
    if (metric_count == 0 || metric_count > glyph_count)
        return "its horizontal metrics count is inconsistent";
    if (tables.at("hmtx").length < metric_count * 4 + (glyph_count - metric_count) * 2)
        return "its hmtx table is truncated";
    if (loca_format > 1) return "its loca format is invalid";
    if (tables.at("loca").length < (glyph_count + 1) * (loca_format == 0 ? 2 : 4))
        return "its loca table is truncated";
    return {};
}

// Empty when HarfBuzz loads the face with glyphs and Unicode code points.
std::string check_with_harfbuzz(const std::string& path) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (blob == nullptr) return "HarfBuzz cannot read it";
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(face, unicodes);
    const unsigned glyph_count = hb_face_get_glyph_count(face);
    const bool has_unicodes = !hb_set_is_empty(unicodes);
    hb_set_destroy(unicodes);
    hb_face_destroy(face);
    if (glyph_count == 0) return "HarfBuzz finds no glyphs in it";
    if (!has_unicodes) return "HarfBuzz finds no Unicode characters in it";
    return {};
}

std::string check_font_bytes(const std::string& bytes) {
    if (bytes.size() < 12) return "it is too short to be a font";
    const std::uint32_t signature = be32(bytes, 0);
    if (signature == 0x4F54544F)  // 'OTTO'
        return "it has CFF outlines; a TrueType font with glyf outlines is needed";
    if (signature == 0x74746366)  // 'ttcf'
        return "it is a font collection; a single TrueType font is needed";
    if (signature != 0x00010000 && signature != 0x74727565)  // 'true'
        return "it is not a TrueType font";

    const std::uint64_t table_count = be16(bytes, 4);
    if (12 + table_count * 16 > bytes.size()) return "its table directory is truncated";
    std::map<std::string, TableRange> tables;
    for (std::uint64_t i = 0; i < table_count; ++i) {
        const std::uint64_t record = 12 + i * 16;
        const TableRange range{be32(bytes, record + 8), be32(bytes, record + 12)};
        std::string tag = bytes.substr(record, 4);
        if (range.offset + range.length > bytes.size())
            return "its '" + tag + "' table lies outside the file";
        tables.emplace(std::move(tag), range);
    }
    for (const char* tag : kTablesNeeded)
        if (tables.find(tag) == tables.end())
            return std::string("it lacks the '") + tag + "' table";

    return check_glyph_tables(bytes, tables);
}

}  // namespace

std::string check_font_file(const std::string& path) {
    const std::string prefix = "font " + path + ": ";
    const ReadResult read = read_file(path, kMaxFontBytes);
    if (!read.ok()) return prefix + read.error;
    const std::string& bytes = read.bytes;

    if (std::string reason = check_font_bytes(bytes); !reason.empty()) return prefix + reason;
    if (std::string reason = check_with_harfbuzz(path); !reason.empty()) return prefix + reason;
    return {};
}

}  // namespace brochure
