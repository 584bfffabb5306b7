#pragma once
// Embedding the four TrueType faces a document's text is set in.

#include <array>
#include <string>
#include <vector>

#include "fonts/font_files.hpp"
#include "render/pdf/embedded_font.hpp"
#include "render/pdf/haru_document.hpp"

namespace brochure {

/// The code points each face must show, indexed by FontFace.
using FaceCodePoints = std::array<std::vector<char32_t>, 4>;

/// The embedded faces, indexed by FontFace; a face the document never shows has none.
using EmbeddedFonts = std::array<EmbeddedFont, 4>;

/// Embeds into `document` each face of `files` (checked by check_font_file), cut down to
/// the code points `used` lists for it; a face with no code points is not embedded. A file
/// named for several faces is embedded once, with the union of their code points. Empty
/// on success, else a one-line reason, with the font at fault in `failed_font`.
std::string load_fonts(const HaruDocument& document, const FontFiles& files, const FaceCodePoints& used,
                       EmbeddedFonts& fonts, std::string& failed_font);

}  // namespace brochure
