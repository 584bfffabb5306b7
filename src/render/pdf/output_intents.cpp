#include "render/pdf/output_intents.hpp"

#include <filesystem>

#include "io/installed_data.hpp"

namespace brochure {

std::string installed_icc_profile_path(ColorSpace color_space) {
    if (color_space == ColorSpace::device_rgb) return BROCHURE_SRGB_ICC;
    // An installed copy carries the CMYK profile it was built with in its data folder.
    const std::string built = BROCHURE_CMYK_ICC;
    const std::string installed = installed_data_path("icc/" + std::filesystem::path(built).filename().string());
    return installed.empty() ? built : installed;
}

std::string installed_output_condition(ColorSpace color_space) {
    return color_space == ColorSpace::device_rgb ? BROCHURE_SRGB_CONDITION : BROCHURE_CMYK_CONDITION;
}

std::string installed_output_description(ColorSpace color_space) {
    return color_space == ColorSpace::device_rgb ? BROCHURE_SRGB_DESCRIPTION : BROCHURE_CMYK_DESCRIPTION;
}

std::string installed_output_registry(ColorSpace color_space) {
    return color_space == ColorSpace::device_rgb ? BROCHURE_SRGB_REGISTRY : BROCHURE_CMYK_REGISTRY;
}

}  // namespace brochure
