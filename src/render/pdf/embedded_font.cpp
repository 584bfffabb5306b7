#include "render/pdf/embedded_font.hpp"

#include <hpdf_objects.h>

#include <cstdint>

#include "core/utf8.hpp"
#include "fonts/font_units.hpp"
#include "render/pdf/flate_filter.hpp"

namespace brochure {

namespace {

// Font descriptor flags (ISO 32000-1, table 123).
constexpr HPDF_INT kFixedPitch = 1;
constexpr HPDF_INT kNonsymbolic = 32;
constexpr HPDF_INT kItalic = 64;

constexpr std::size_t kSubsetTagLength = 6;
constexpr int kLettersInTag = 26;

// The six capital letters that prefix a subset's name (ISO 32000-1, 9.6.4), from a hash
// of its font program: the same subset always has the same tag, two subsets in one
// document almost never share one.
std::string subset_tag(const std::string& font_program) {
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a, 64 bits
    for (char byte : font_program) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 1099511628211ULL;
    }
    std::string tag;
    for (std::size_t i = 0; i < kSubsetTagLength; ++i, hash /= kLettersInTag)
        tag += static_cast<char>('A' + hash % kLettersInTag);
    return tag;
}

// A stream object of `document` holding `deflated`, written as it is with its filter named.
HPDF_Dict deflated_stream(HPDF_Doc pdf, const std::string& deflated) {
    HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (stream == nullptr) return nullptr;
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = name_flate_filter;
    const bool written = HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                                           static_cast<HPDF_UINT>(deflated.size())) == HPDF_OK;
    return written ? stream : nullptr;
}

// A dictionary of `document`, written as an indirect object.
HPDF_Dict indirect_dict(HPDF_Doc pdf) {
    HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
    if (dict == nullptr || HPDF_Xref_Add(pdf->xref, dict) != HPDF_OK) return nullptr;  // Xref_Add frees on failure
    return dict;
}

HPDF_Dict font_descriptor(HPDF_Doc pdf, const GlyphSubset& subset, const std::string& deflated_program,
                          const std::string& name) {
    const FaceDescription& face = subset.face;
    HPDF_Dict descriptor = indirect_dict(pdf);
    HPDF_Dict program = deflated_stream(pdf, deflated_program);
    HPDF_Array bbox = HPDF_Array_New(pdf->mmgr);
    if (descriptor == nullptr || program == nullptr || bbox == nullptr) return nullptr;
    bool ok = HPDF_Dict_AddNumber(program, "Length1", static_cast<HPDF_INT32>(subset.font_program.size())) == HPDF_OK;
    for (int edge : face.bbox) ok = ok && HPDF_Array_AddNumber(bbox, edge) == HPDF_OK;
    const HPDF_INT flags = kNonsymbolic | (face.fixed_pitch ? kFixedPitch : 0) | (face.italic ? kItalic : 0);
    ok = ok && HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor") == HPDF_OK &&
         HPDF_Dict_AddName(descriptor, "FontName", name.c_str()) == HPDF_OK &&
         HPDF_Dict_AddNumber(descriptor, "Flags", flags) == HPDF_OK &&
         HPDF_Dict_Add(descriptor, "FontBBox", bbox) == HPDF_OK &&
         HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(face.italic_angle)) == HPDF_OK &&
         HPDF_Dict_AddNumber(descriptor, "Ascent", face.ascent) == HPDF_OK &&
         HPDF_Dict_AddNumber(descriptor, "Descent", face.descent) == HPDF_OK &&
         HPDF_Dict_AddNumber(descriptor, "CapHeight", face.cap_height) == HPDF_OK &&
         HPDF_Dict_AddNumber(descriptor, "StemV", face.stem_v) == HPDF_OK &&
         HPDF_Dict_Add(descriptor, "FontFile2", program) == HPDF_OK;
    return ok ? descriptor : nullptr;
}

// The CIDFontType2 the Type 0 font draws with: /W gives every glyph's width, from glyph 0.
HPDF_Dict cid_font(HPDF_Doc pdf, const GlyphSubset& subset, const std::string& name, HPDF_Dict descriptor) {
    HPDF_Dict font = indirect_dict(pdf);
    HPDF_Dict system_info = HPDF_Dict_New(pdf->mmgr);
    HPDF_Array widths = HPDF_Array_New(pdf->mmgr);
    HPDF_Array each_width = HPDF_Array_New(pdf->mmgr);
    if (font == nullptr || system_info == nullptr || widths == nullptr || each_width == nullptr) return nullptr;
    bool ok = HPDF_Dict_Add(system_info, "Registry", HPDF_String_New(pdf->mmgr, "Adobe", nullptr)) == HPDF_OK &&
              HPDF_Dict_Add(system_info, "Ordering", HPDF_String_New(pdf->mmgr, "Identity", nullptr)) == HPDF_OK &&
              HPDF_Dict_AddNumber(system_info, "Supplement", 0) == HPDF_OK;
    for (std::int64_t width : subset.advance_milli_em)
        ok = ok && HPDF_Array_AddNumber(each_width, static_cast<HPDF_INT32>(width)) == HPDF_OK;
    ok = ok && HPDF_Array_AddNumber(widths, 0) == HPDF_OK && HPDF_Array_Add(widths, each_width) == HPDF_OK &&
         HPDF_Dict_AddName(font, "Type", "Font") == HPDF_OK &&
         HPDF_Dict_AddName(font, "Subtype", "CIDFontType2") == HPDF_OK &&
         HPDF_Dict_AddName(font, "BaseFont", name.c_str()) == HPDF_OK &&
         HPDF_Dict_Add(font, "CIDSystemInfo", system_info) == HPDF_OK &&
         HPDF_Dict_Add(font, "FontDescriptor", descriptor) == HPDF_OK &&
         HPDF_Dict_Add(font, "W", widths) == HPDF_OK &&
         HPDF_Dict_AddName(font, "CIDToGIDMap", "Identity") == HPDF_OK;
    return ok ? font : nullptr;
}

}  // namespace

std::string embed_font(const HaruDocument& document, const SubsetLookup& found, EmbeddedFont& font) {
    HPDF_Doc pdf = document.handle();
    const std::shared_ptr<const GlyphSubset>& subset = found.subset;
    const std::string name = subset_tag(subset->font_program) + "+" + subset->face.postscript_name;
    HPDF_Dict descriptor = font_descriptor(pdf, *subset, found.streams->font_program, name);
    HPDF_Dict descendant = descriptor != nullptr ? cid_font(pdf, *subset, name, descriptor) : nullptr;
    HPDF_Dict to_unicode = deflated_stream(pdf, found.streams->to_unicode);
    HPDF_Dict type0 = indirect_dict(pdf);
    HPDF_Array descendants = HPDF_Array_New(pdf->mmgr);
    const bool ok = descendant != nullptr && to_unicode != nullptr && type0 != nullptr && descendants != nullptr &&
                    HPDF_Array_Add(descendants, descendant) == HPDF_OK &&
                    HPDF_Dict_AddName(type0, "Type", "Font") == HPDF_OK &&
                    HPDF_Dict_AddName(type0, "Subtype", "Type0") == HPDF_OK &&
                    HPDF_Dict_AddName(type0, "BaseFont", name.c_str()) == HPDF_OK &&
                    HPDF_Dict_AddName(type0, "Encoding", "Identity-H") == HPDF_OK &&
                    HPDF_Dict_Add(type0, "DescendantFonts", descendants) == HPDF_OK &&
                    HPDF_Dict_Add(type0, "ToUnicode", to_unicode) == HPDF_OK;
    if (!ok) return document.failure("embedding font " + subset->face.postscript_name);
    font.dictionary = type0;
    font.subset = subset;
    return {};
}

std::string glyph_id_string(const GlyphSubset& subset, std::string_view utf8) {
    std::string literal = "(";
    const auto append_byte = [&literal](unsigned char byte) {
        switch (byte) {
            // A literal string's delimiters and escape are escaped; so are the line ends,
            // which a reader would take as a newline (a CR) or which split a line (a LF).
            case '(': case ')': case '\\': literal += '\\'; literal += static_cast<char>(byte); break;
            case '\r': literal += "\\r"; break;
            case '\n': literal += "\\n"; break;
            default: literal += static_cast<char>(byte);
        }
    };
    for (std::size_t index = 0; index < utf8.size();) {
        const std::uint16_t glyph = subset.glyph_for(code_point_set(next_code_point(utf8, index)));
        append_byte(static_cast<unsigned char>(glyph >> 8));
        append_byte(static_cast<unsigned char>(glyph & 0xFF));
    }
    literal += ')';
    return literal;
}

double shown_width_em(const GlyphSubset& subset, std::string_view utf8) {
    std::int64_t milli_em = 0;
    for (std::size_t index = 0; index < utf8.size();) {
        const std::uint16_t glyph = subset.glyph_for(code_point_set(next_code_point(utf8, index)));
        if (glyph < subset.advance_milli_em.size()) milli_em += subset.advance_milli_em[glyph];
    }
    return static_cast<double>(milli_em) / kMilliEmPerEm;
}

}  // namespace brochure
