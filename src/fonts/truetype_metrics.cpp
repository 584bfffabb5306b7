#include "fonts/truetype_metrics.hpp"

#include <hb-ot.h>
#include <hb.h>

#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <vector>

#include "core/utf8.hpp"
#include "fonts/font_units.hpp"

namespace brochure {

namespace {

// Shaping turns on kerning alone. Whatever substitutes glyphs stays off, since the renderer
// maps text to glyphs through the cmap and draws nothing else; so does every other
// positioning (marks, cursive attachment), which it cannot draw either.
constexpr hb_feature_t feature(char a, char b, char c, char d, std::uint32_t value) {
    return hb_feature_t{HB_TAG(a, b, c, d), value, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
}
constexpr std::array kKerningOnly{
    feature('k', 'e', 'r', 'n', 1), feature('l', 'i', 'g', 'a', 0), feature('c', 'l', 'i', 'g', 0),
    feature('c', 'a', 'l', 't', 0), feature('r', 'l', 'i', 'g', 0), feature('r', 'c', 'l', 't', 0),
    feature('c', 'c', 'm', 'p', 0), feature('l', 'o', 'c', 'l', 0), feature('m', 'a', 'r', 'k', 0),
    feature('m', 'k', 'm', 'k', 0), feature('c', 'u', 'r', 's', 0), feature('d', 'i', 's', 't', 0),
};

// Code points whose glyphs and advances are looked up once when a font is loaded: Latin
// with its extensions, where nearly all of a profile's text falls. Text is measured a code
// point at a time many times over as lines are broken, and two HarfBuzz calls a code point
// were a quarter of the layout's time; every code point of a profile is checked for a glyph.
constexpr char32_t kTabulatedCodePoints = 0x250;

// An immutable HarfBuzz font: safe to query from several threads at once.
struct Face {
    hb_font_t* font = nullptr;
    unsigned units_per_em = 1000;
    std::vector<hb_codepoint_t> glyphs;           ///< the cmap's, 0 for none, of the first kTabulatedCodePoints code points
    std::vector<std::int64_t> advances_milli_em;  ///< of the first kTabulatedCodePoints code points
};

Face load_face(const std::string& path) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (blob == nullptr)
        throw std::logic_error("TrueTypeMetrics given an unreadable font: " + path);
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    Face loaded;
    loaded.units_per_em = hb_face_get_upem(face);
    loaded.font = hb_font_create(face);  // scale defaults to units per em
    hb_face_destroy(face);
    hb_font_make_immutable(loaded.font);
    return loaded;
}

}  // namespace

struct TrueTypeMetrics::Impl {
    std::array<Face, 4> faces;

    ~Impl() {
        for (Face& face : faces) hb_font_destroy(face.font);
    }

    const Face& face(FontFace which) const { return faces[static_cast<std::size_t>(which)]; }

    // Advance of one code point in 1/1000 em, floored as the PDF's /W widths are: the glyph the
    // cmap gives (glyph 0, .notdef, when there is none) at advance × 1000 / units per em.
    static std::int64_t advance_milli_em(const Face& face, char32_t code_point) {
        if (code_point < face.advances_milli_em.size()) return face.advances_milli_em[code_point];
        return measured_advance_milli_em(face, code_point);
    }

    static std::int64_t measured_advance_milli_em(const Face& face, char32_t code_point) {
        return floored_milli_em(hb_font_get_glyph_h_advance(face.font, nominal_glyph(face, code_point_set(code_point))),
                                face.units_per_em);
    }

    static void tabulate(Face& face) {
        for (char32_t code_point = 0; code_point < kTabulatedCodePoints; ++code_point) {
            face.glyphs.push_back(looked_up_glyph(face, code_point));
            face.advances_milli_em.push_back(measured_advance_milli_em(face, code_point));
        }
    }

    // The glyph the cmap gives `code_point`, or 0 (.notdef) when there is none.
    static hb_codepoint_t nominal_glyph(const Face& face, hb_codepoint_t code_point) {
        if (code_point < face.glyphs.size()) return face.glyphs[code_point];
        return looked_up_glyph(face, code_point);
    }

    static hb_codepoint_t looked_up_glyph(const Face& face, hb_codepoint_t code_point) {
        hb_codepoint_t glyph = 0;
        return hb_font_get_nominal_glyph(face.font, code_point, &glyph) ? glyph : 0;
    }

    // Kerning after each of `code_points` in 1/1000 em: the shaped advance minus the
    // nominal one, each floored as the /W widths are. All zero when shaping gave other
    // glyphs than the cmap's (the renderer draws the cmap's) or moved any glyph off its pen
    // position, which the renderer could not draw either.
    std::vector<std::int64_t> kerning_milli_em(const Face& face, const std::vector<hb_codepoint_t>& code_points) const {
        std::vector<std::int64_t> kerning(code_points.size(), 0);
        if (code_points.size() < 2) return kerning;
        // One buffer per call: the font is shared by every thread, a buffer is not.
        const std::unique_ptr<hb_buffer_t, decltype(&hb_buffer_destroy)> buffer(hb_buffer_create(),
                                                                                &hb_buffer_destroy);
        const auto length = static_cast<int>(code_points.size());
        hb_buffer_add_codepoints(buffer.get(), code_points.data(), length, 0, length);
        hb_buffer_set_direction(buffer.get(), HB_DIRECTION_LTR);
        // A fixed language, so HarfBuzz never falls back to the process's locale.
        hb_buffer_set_language(buffer.get(), hb_language_from_string("und", -1));
        hb_buffer_guess_segment_properties(buffer.get());
        hb_shape(face.font, buffer.get(), kKerningOnly.data(), static_cast<unsigned>(kKerningOnly.size()));

        unsigned glyph_count = 0;
        const hb_glyph_info_t* glyphs = hb_buffer_get_glyph_infos(buffer.get(), &glyph_count);
        const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer.get(), &glyph_count);
        if (glyph_count != code_points.size()) return kerning;
        for (unsigned i = 0; i < glyph_count; ++i) {
            const hb_codepoint_t nominal = nominal_glyph(face, code_points[i]);
            if (glyphs[i].codepoint != nominal || glyphs[i].cluster != i || positions[i].x_offset != 0 ||
                positions[i].y_offset != 0)
                return std::vector<std::int64_t>(code_points.size(), 0);
            kerning[i] = floored_milli_em(positions[i].x_advance, face.units_per_em) -
                         floored_milli_em(hb_font_get_glyph_h_advance(face.font, nominal), face.units_per_em);
        }
        kerning.back() = 0;
        return kerning;
    }
};

TrueTypeMetrics::TrueTypeMetrics(const FontFiles& files) : impl_(std::make_unique<Impl>()) {
    impl_->faces[static_cast<std::size_t>(FontFace::regular)] = load_face(files.regular);
    impl_->faces[static_cast<std::size_t>(FontFace::bold)] = load_face(files.bold);
    impl_->faces[static_cast<std::size_t>(FontFace::italic)] = load_face(files.italic);
    impl_->faces[static_cast<std::size_t>(FontFace::bold_italic)] = load_face(files.bold_italic);
    for (Face& face : impl_->faces) Impl::tabulate(face);
}

TrueTypeMetrics::~TrueTypeMetrics() = default;

double TrueTypeMetrics::text_width_pt(FontFace face, double size_pt,
                                      std::string_view utf8) const {
    const Face& chosen = impl_->face(face);
    std::int64_t total_milli_em = 0;
    for (std::size_t index = 0; index < utf8.size();)
        total_milli_em += impl_->advance_milli_em(chosen, next_code_point(utf8, index));
    return static_cast<double>(total_milli_em) * size_pt / 1000.0;
}

std::vector<double> TrueTypeMetrics::kerning_pt(FontFace face, double size_pt, std::string_view utf8) const {
    std::vector<hb_codepoint_t> code_points;
    for (std::size_t index = 0; index < utf8.size();) code_points.push_back(code_point_set(next_code_point(utf8, index)));
    std::vector<double> kerning;
    kerning.reserve(code_points.size());
    for (const std::int64_t milli_em : impl_->kerning_milli_em(impl_->face(face), code_points))
        kerning.push_back(static_cast<double>(milli_em) * size_pt / 1000.0);
    return kerning;
}

bool TrueTypeMetrics::has_glyph(FontFace face, char32_t code_point) const {
    if (code_point > kLastCodePointSet) return false;
    return Impl::nominal_glyph(impl_->face(face), code_point) != 0;
}

double TrueTypeMetrics::cap_height_em() const {
    const Face& regular = impl_->face(FontFace::regular);
    hb_position_t cap_height = 0;
    if (!hb_ot_metrics_get_position(regular.font, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap_height)) {
        // No OS/2 capital height: measure the top of 'H' instead.
        hb_codepoint_t glyph = 0;
        hb_glyph_extents_t extents{};
        if (hb_font_get_nominal_glyph(regular.font, 'H', &glyph) &&
            hb_font_get_glyph_extents(regular.font, glyph, &extents))
            cap_height = extents.y_bearing;
    }
    return static_cast<double>(cap_height) / regular.units_per_em;
}

double TrueTypeMetrics::descender_em() const {
    const Face& regular = impl_->face(FontFace::regular);
    hb_position_t descender = 0;
    hb_ot_metrics_get_position(regular.font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER,
                               &descender);
    return -static_cast<double>(descender) / regular.units_per_em;
}

}  // namespace brochure
