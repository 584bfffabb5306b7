#pragma once
// Fitting an image into a frame without distorting it, as CSS's object-fit does.

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "layout/document.hpp"

namespace brochure {

/// Where a framed image sits across its frame when it is narrower than the frame.
enum class ImageAlignment { start, center, end };

/// `image` scaled to fill `frame`, its overflow cut off evenly on both sides (a photo).
PlacedImage cover_frame(const ImageRef& image, const Rect& frame, const Color& backdrop);

/// `image` scaled to fit inside `frame` whole (a logo): the returned frame is the image's
/// own box, centred down the frame and at `alignment` across it.
PlacedImage contain_in_frame(const ImageRef& image, const Rect& frame, const Color& backdrop,
                             ImageAlignment alignment = ImageAlignment::center);

}  // namespace brochure
