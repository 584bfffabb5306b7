#pragma once
// The images a profile names, as the design places them: each known by its number in the
// renderer's image list and its size, or absent.

#include <optional>
#include <vector>

#include "layout/document.hpp"

namespace brochure {

struct BrochureImages {
    std::optional<ImageRef> logo;                 ///< brand.logo
    std::optional<ImageRef> cover;                ///< cover_image
    std::vector<std::optional<ImageRef>> videos;  ///< videos[i].image, one entry per video (or none at all)

    /// videos[index]'s preview, if it has one.
    std::optional<ImageRef> video(std::size_t index) const {
        return index < videos.size() ? videos[index] : std::nullopt;
    }
};

}  // namespace brochure
