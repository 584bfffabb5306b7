#include "fonts/glyph_subset.hpp"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <string_view>

#include "fonts/font_units.hpp"

namespace brochure {

namespace {

// The tables a PDF reader draws an embedded TrueType font's glyphs with, by glyph id.
constexpr std::array kTablesKept{HB_TAG('g', 'l', 'y', 'f'), HB_TAG('l', 'o', 'c', 'a'), HB_TAG('h', 'e', 'a', 'd'),
                                 HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'), HB_TAG('m', 'a', 'x', 'p')};

// Byte offsets in the OpenType tables read here (OpenType 1.9, "head" and "post").
constexpr unsigned kHeadBoundingBox = 36;  // xMin, yMin, xMax, yMax: four int16
constexpr unsigned kPostIsFixedPitch = 12;  // uint32
// The usual estimate of a vertical stem's width from the weight class (100-900), used
// by PDF writers since fonts do not record it: 50 + (weight / 65)².
constexpr double kStemBase = 50;
constexpr double kStemWeightScale = 65;
constexpr float kRegularWeight = 400;

template <typename T, void (*Destroy)(T*)>
struct Deleter {
    void operator()(T* object) const { Destroy(object); }
};
using FaceHandle = std::unique_ptr<hb_face_t, Deleter<hb_face_t, hb_face_destroy>>;
using FontHandle = std::unique_ptr<hb_font_t, Deleter<hb_font_t, hb_font_destroy>>;
using BlobHandle = std::unique_ptr<hb_blob_t, Deleter<hb_blob_t, hb_blob_destroy>>;
using InputHandle = std::unique_ptr<hb_subset_input_t, Deleter<hb_subset_input_t, hb_subset_input_destroy>>;
using PlanHandle = std::unique_ptr<hb_subset_plan_t, Deleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

// A big-endian integer of `size` bytes at `at` of a table, or 0 past its end.
long table_integer(hb_blob_t* table, unsigned at, unsigned size, bool is_signed) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(table, &length);
    if (at + size > length) return 0;
    unsigned long value = 0;
    for (unsigned i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(data[at + i]);
    if (is_signed && size == 2 && value >= 0x8000) return static_cast<long>(value) - 0x10000;
    return static_cast<long>(value);
}

// A character a PDF name holds unescaped, and PostScript names allow: printable ASCII
// but the delimiters.
bool allowed_in_name(char c) {
    return c > 0x20 && c < 0x7F && std::string_view("[](){}<>/%#").find(c) == std::string_view::npos;
}

std::string postscript_name(hb_face_t* face) {
    std::array<char, 128> buffer{};
    unsigned size = buffer.size();
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buffer.data());
    std::string name;
    for (unsigned i = 0; i < size && buffer[i] != '\0'; ++i) name += allowed_in_name(buffer[i]) ? buffer[i] : '-';
    return name.empty() ? "Font" : name;
}

int milli_em(hb_position_t units, unsigned units_per_em) {
    return static_cast<int>(std::lround(1000.0 * units / units_per_em));
}

FaceDescription describe(hb_face_t* face, hb_font_t* font) {
    const unsigned per_em = hb_face_get_upem(face);
    FaceDescription description;
    description.postscript_name = postscript_name(face);
    hb_position_t ascender = 0;
    hb_position_t descender = 0;
    hb_position_t cap_height = 0;
    hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender);
    hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender);
    if (!hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap_height)) cap_height = ascender;
    description.ascent = milli_em(ascender, per_em);
    description.descent = milli_em(descender, per_em);
    description.cap_height = milli_em(cap_height, per_em);

    const BlobHandle head(hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd')));
    for (unsigned i = 0; i < 4; ++i)
        description.bbox[i] = milli_em(static_cast<hb_position_t>(table_integer(head.get(), kHeadBoundingBox + 2 * i, 2, true)), per_em);
    const BlobHandle post(hb_face_reference_table(face, HB_TAG('p', 'o', 's', 't')));
    description.fixed_pitch = table_integer(post.get(), kPostIsFixedPitch, 4, false) != 0;

    description.italic = hb_style_get_value(font, HB_STYLE_TAG_ITALIC) > 0;
    // HarfBuzz gives the slant clockwise; a PDF's italic angle runs counter-clockwise.
    description.italic_angle = -static_cast<double>(hb_style_get_value(font, HB_STYLE_TAG_SLANT_ANGLE));
    float weight = hb_style_get_value(font, HB_STYLE_TAG_WEIGHT);
    if (weight <= 0) weight = kRegularWeight;
    const double ratio = weight / kStemWeightScale;
    description.stem_v = static_cast<int>(std::lround(kStemBase + ratio * ratio));
    return description;
}

}  // namespace

std::uint16_t GlyphSubset::glyph_for(char32_t code_point) const {
    if (code_point < glyph_of_latin_code_point.size()) return glyph_of_latin_code_point[code_point];
    const auto found = std::lower_bound(glyph_of_code_point.begin(), glyph_of_code_point.end(), code_point,
                                        [](const auto& entry, char32_t wanted) { return entry.first < wanted; });
    return found != glyph_of_code_point.end() && found->first == code_point ? found->second : 0;
}

std::string make_glyph_subset(const std::string& source_path, const std::vector<char32_t>& code_points,
                              GlyphSubset& subset) {
    const std::string failed = "cannot subset font " + source_path;
    const BlobHandle source(hb_blob_create_from_file_or_fail(source_path.c_str()));
    if (!source) return failed + ": cannot read it";
    const FaceHandle face(hb_face_create(source.get(), 0));
    const FontHandle font(hb_font_create(face.get()));  // scale: units per em

    const InputHandle input(hb_subset_input_create_or_fail());
    if (!input) return failed + ": out of memory";
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    hb_set_add(unicodes, U' ');
    for (char32_t code_point : code_points) hb_set_add(unicodes, code_point_set(code_point));
    std::array<hb_tag_t, 64> tags{};
    hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (unsigned start = 0, count = tags.size(); count == tags.size(); start += count) {
        count = tags.size();
        hb_face_get_table_tags(face.get(), start, &count, tags.data());
        for (unsigned i = 0; i < count; ++i)
            if (std::find(kTablesKept.begin(), kTablesKept.end(), tags[i]) == kTablesKept.end())
                hb_set_add(dropped, tags[i]);
    }

    const PlanHandle plan(hb_subset_plan_create_or_fail(face.get(), input.get()));
    if (!plan) return failed;
    const FaceHandle cut(hb_subset_plan_execute_or_fail(plan.get()));
    if (!cut) return failed;
    const BlobHandle program(hb_face_reference_blob(cut.get()));
    unsigned length = 0;
    const char* data = hb_blob_get_data(program.get(), &length);
    if (length == 0) return failed;

    GlyphSubset made;
    made.font_program.assign(data, length);
    const hb_map_t* unicode_to_old = hb_subset_plan_unicode_to_old_glyph_mapping(plan.get());
    const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    for (hb_codepoint_t code_point : code_points) {
        const char32_t shown = code_point_set(code_point);
        if (shown != code_point) continue;
        const hb_codepoint_t old_glyph = hb_map_get(unicode_to_old, shown);
        if (old_glyph == HB_MAP_VALUE_INVALID) continue;
        const hb_codepoint_t new_glyph = hb_map_get(old_to_new, old_glyph);
        if (new_glyph != HB_MAP_VALUE_INVALID) made.glyph_of_code_point.emplace_back(shown, static_cast<std::uint16_t>(new_glyph));
    }
    if (const hb_codepoint_t space = hb_map_get(unicode_to_old, U' '); space != HB_MAP_VALUE_INVALID)
        made.glyph_of_code_point.emplace_back(U' ', static_cast<std::uint16_t>(hb_map_get(old_to_new, space)));
    std::sort(made.glyph_of_code_point.begin(), made.glyph_of_code_point.end());
    made.glyph_of_code_point.erase(std::unique(made.glyph_of_code_point.begin(), made.glyph_of_code_point.end()),
                                   made.glyph_of_code_point.end());
    made.glyph_of_latin_code_point.assign(kLatinCodePoints, 0);
    for (const auto& [code_point, glyph] : made.glyph_of_code_point)
        if (code_point < kLatinCodePoints) made.glyph_of_latin_code_point[code_point] = glyph;

    const hb_map_t* new_to_old = hb_subset_plan_new_to_old_glyph_mapping(plan.get());
    const unsigned glyph_count = hb_face_get_glyph_count(cut.get());
    const unsigned per_em = hb_face_get_upem(face.get());
    made.advance_milli_em.resize(glyph_count, 0);
    for (unsigned glyph = 0; glyph < glyph_count; ++glyph)
        if (const hb_codepoint_t old_glyph = hb_map_get(new_to_old, glyph); old_glyph != HB_MAP_VALUE_INVALID)
            made.advance_milli_em[glyph] = floored_milli_em(hb_font_get_glyph_h_advance(font.get(), old_glyph), per_em);
    made.face = describe(face.get(), font.get());
    subset = std::move(made);
    return {};
}

}  // namespace brochure
