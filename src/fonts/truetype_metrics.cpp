#include "fonts/truetype_metrics.hpp"

#include <hb-ot.h>
#include <hb.h>

#include <array>
#include <cstdint>
#include <stdexcept>

#include "core/utf8.hpp"

namespace brochure {

namespace {

// libharu 2.3.0 handles only the Basic Multilingual Plane: it sets any code point above
// it as a space.
constexpr char32_t kLastCodePointLibharuSets = 0xFFFF;
constexpr char32_t kSpace = 0x20;

// An immutable HarfBuzz font: safe to query from several threads at once.
struct Face {
    hb_font_t* font = nullptr;
    unsigned units_per_em = 1000;
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

    // Advance of one code point in 1/1000 em, floored as libharu floors it: the glyph the
    // cmap gives (glyph 0, .notdef, when there is none) at advance × 1000 / units per em.
    std::uint32_t advance_milli_em(const Face& face, char32_t code_point) const {
        if (code_point > kLastCodePointLibharuSets) code_point = kSpace;
        hb_codepoint_t glyph = 0;
        if (!hb_font_get_nominal_glyph(face.font, code_point, &glyph)) glyph = 0;
        const hb_position_t advance = hb_font_get_glyph_h_advance(face.font, glyph);
        return static_cast<std::uint32_t>(advance) * 1000u / face.units_per_em;
    }
};

TrueTypeMetrics::TrueTypeMetrics(const FontFiles& files) : impl_(std::make_unique<Impl>()) {
    impl_->faces[static_cast<std::size_t>(FontFace::regular)] = load_face(files.regular);
    impl_->faces[static_cast<std::size_t>(FontFace::bold)] = load_face(files.bold);
    impl_->faces[static_cast<std::size_t>(FontFace::italic)] = load_face(files.italic);
    impl_->faces[static_cast<std::size_t>(FontFace::bold_italic)] = load_face(files.bold_italic);
}

TrueTypeMetrics::~TrueTypeMetrics() = default;

double TrueTypeMetrics::text_width_pt(FontFace face, double size_pt,
                                      std::string_view utf8) const {
    const Face& chosen = impl_->face(face);
    std::uint64_t total_milli_em = 0;
    for (std::size_t index = 0; index < utf8.size();)
        total_milli_em += impl_->advance_milli_em(chosen, next_code_point(utf8, index));
    return static_cast<double>(total_milli_em) * size_pt / 1000.0;
}

bool TrueTypeMetrics::has_glyph(FontFace face, char32_t code_point) const {
    if (code_point > kLastCodePointLibharuSets) return false;
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(impl_->face(face).font, code_point, &glyph) && glyph != 0;
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
