#pragma once
// What layout needs to know about fonts: widths and coverage. Tests use a fixed-advance
// implementation so positions can be worked out by hand; the real one reads the embedded
// TrueType files.

#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace brochure {

/// The four faces of the brochure's one family.
enum class FontFace { regular, bold, italic, bold_italic };

/// Widths of UTF-8 text in a given face and size.
class FontMetrics {
public:
    virtual ~FontMetrics() = default;

    /// Advance width of `utf8` set in `face` at `size_pt`, in points, exactly as the PDF
    /// renderer will place it (no kerning).
    virtual double text_width_pt(FontFace face, double size_pt, std::string_view utf8) const = 0;

    /// The font's kerning of `utf8` set in `face` at `size_pt`: one value per code point,
    /// in points, the adjustment to the pen position after that code point (negative: the
    /// next glyph moves closer; 0: none; the last is always 0). Placing each glyph at its
    /// text_width_pt advance plus these gives the kerned positions.
    virtual std::vector<double> kerning_pt(FontFace face, double size_pt, std::string_view utf8) const = 0;

    /// True when `face` has a glyph for `code_point`.
    virtual bool has_glyph(FontFace face, char32_t code_point) const = 0;

    /// Height of capital letters above the baseline, in em (e.g. 0.714 for Noto Sans).
    virtual double cap_height_em() const = 0;

    /// Depth of descenders below the baseline, as a positive fraction of the em.
    virtual double descender_em() const = 0;
};

/// Kerning of pairs of code points, in em, for FixedAdvanceMetrics: {{'A', 'V'}, -0.1}
/// moves a V that follows an A 0.1 em closer.
using KerningPairs = std::map<std::pair<char32_t, char32_t>, double>;

/// Every glyph is `advance_em` wide (0.5 by default); cap height 0.7 em, descender 0.2 em.
/// For tests: widths are code points × advance × size, kerning only the given pairs (none
/// by default), in every face.
class FixedAdvanceMetrics final : public FontMetrics {
public:
    explicit FixedAdvanceMetrics(double advance_em = 0.5, KerningPairs kerning_em = {})
        : advance_em_(advance_em), kerning_em_(std::move(kerning_em)) {}
    double text_width_pt(FontFace face, double size_pt, std::string_view utf8) const override;
    std::vector<double> kerning_pt(FontFace face, double size_pt, std::string_view utf8) const override;
    bool has_glyph(FontFace, char32_t) const override { return true; }
    double cap_height_em() const override { return 0.7; }
    double descender_em() const override { return 0.2; }

private:
    double advance_em_;
    KerningPairs kerning_em_;
};

}  // namespace brochure
