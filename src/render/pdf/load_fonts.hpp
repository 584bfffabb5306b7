#pragma once
// Loading the four TrueType faces into a libharu document for UTF-8 text.

#include <string>

#include "render/pdf/draw_page.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/render_pdf.hpp"

namespace brochure {

/// Checks each file of `files` (libharu crashes on bad fonts), switches `document` to
/// UTF-8 and loads each face embedded into `fonts`. A file named for several faces is
/// loaded once. Empty on success, else a one-line reason.
std::string load_fonts(const HaruDocument& document, const FontFiles& files, HaruFonts& fonts);

}  // namespace brochure
