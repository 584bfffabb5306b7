#include "render/pdf/output_intents.hpp"

namespace brochure {

std::string installed_icc_profile_path(ColorSpace color_space) {
    return color_space == ColorSpace::device_rgb ? BROCHURE_SRGB_ICC : BROCHURE_CMYK_ICC;
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
