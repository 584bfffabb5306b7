#pragma once
// FontMetrics for real TrueType files, read with HarfBuzz, with advances floored to
// 1/1000 em exactly as the renderer writes them into the PDF's /W arrays.

#include <memory>
#include <string>

#include "layout/font_metrics.hpp"
#include "fonts/font_files.hpp"

namespace brochure {

/// Checks that `path` is a readable TrueType font (glyf outlines) with the tables the layout
/// and the embedded subset need and Unicode characters in its cmap. Empty string when
/// fine, else a one-line reason.
std::string check_font_file(const std::string& path);

/// Metrics of the four faces in `files`. Construct only from files check_font_file accepted.
class TrueTypeMetrics final : public FontMetrics {
public:
    explicit TrueTypeMetrics(const FontFiles& files);
    ~TrueTypeMetrics() override;
    TrueTypeMetrics(const TrueTypeMetrics&) = delete;
    TrueTypeMetrics& operator=(const TrueTypeMetrics&) = delete;

    double text_width_pt(FontFace face, double size_pt, std::string_view utf8) const override;
    /// Kerning from the font's GPOS (or kern) table, found by shaping with HarfBuzz with
    /// only the `kern` feature on; none when shaping would change the glyphs. Thread-safe.
    std::vector<double> kerning_pt(FontFace face, double size_pt, std::string_view utf8) const override;
    bool has_glyph(FontFace face, char32_t code_point) const override;
    double cap_height_em() const override;
    double descender_em() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace brochure
