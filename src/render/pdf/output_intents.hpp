#pragma once
// The ICC profiles archival files embed as their output intent, as installed on this
// machine (paths set when the project is configured, never read from the environment).

#include <string>

#include "render/pdf/render_pdf.hpp"

namespace brochure {

/// Path of the installed ICC profile for `color_space` (CMake cache variables
/// BROCHURE_SRGB_ICC and BROCHURE_CMYK_ICC); empty when none was configured.
std::string installed_icc_profile_path(ColorSpace color_space);

/// The output condition that profile stands for, e.g. "sRGB IEC61966-2.1" (CMake cache
/// variables BROCHURE_SRGB_CONDITION and BROCHURE_CMYK_CONDITION).
std::string installed_output_condition(ColorSpace color_space);

}  // namespace brochure
