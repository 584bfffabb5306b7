#pragma once
// Loading the four TrueType faces into a libharu document for UTF-8 text.

#include <array>
#include <string>
#include <vector>

#include "render/pdf/draw_page.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/render_pdf.hpp"

namespace brochure {

/// The code points each face must show, indexed by FontFace.
using FaceCodePoints = std::array<std::vector<char32_t>, 4>;

/// Switches `document` to UTF-8 and loads into `fonts` each face of `files`, embedded and
/// cut down to the code points `used` lists for it (the subset is checked first: libharu
/// crashes on bad fonts); a face with no code points is not loaded and stays nullptr. A
/// file named for several faces is loaded once, with the union of their code points.
/// Empty on success, else a one-line reason, with the font at fault in `failed_font`.
std::string load_fonts(const HaruDocument& document, const FontFiles& files,
                       const FaceCodePoints& used, HaruFonts& fonts, std::string& failed_font);

}  // namespace brochure
