#pragma once
// Where the four faces of the brochure's one family are read from.

#include <string>

namespace brochure {

/// Paths of the TrueType files for the four faces. Each must have been checked by
/// check_font_file before it reaches the renderer: libharu crashes on bad fonts.
struct FontFiles {
    std::string regular;
    std::string bold;
    std::string italic;
    std::string bold_italic;
};

}  // namespace brochure
