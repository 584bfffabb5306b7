#pragma once
// The ICC profiles of the output: the one archival files embed as their output intent,
// and the CMYK output profile print colours and images are converted through (paths set
// when the project is configured, never read from the environment).

#include <string>

#include "render/pdf/render_pdf.hpp"

namespace brochure {

/// Path of the installed ICC profile for `color_space` (CMake cache variables
/// BROCHURE_SRGB_ICC and BROCHURE_CMYK_ICC, the FOGRA39 profile the build makes when
/// that is empty); empty when none was configured.
std::string installed_icc_profile_path(ColorSpace color_space);

/// The output condition that profile stands for, e.g. "sRGB IEC61966-2.1" (CMake cache
/// variables BROCHURE_SRGB_CONDITION and BROCHURE_CMYK_CONDITION).
std::string installed_output_condition(ColorSpace color_space);

/// What that condition is, for people (BROCHURE_SRGB_DESCRIPTION, BROCHURE_CMYK_DESCRIPTION).
std::string installed_output_description(ColorSpace color_space);

/// Where the condition is registered (BROCHURE_CMYK_REGISTRY; the ICC's registry for
/// FOGRA39); empty when it is not.
std::string installed_output_registry(ColorSpace color_space);

}  // namespace brochure
