#include "layout/image_fit.hpp"

#include <algorithm>

namespace brochure {

PlacedImage cover_frame(const ImageRef& image, const Rect& frame, const Color& backdrop) {
    // The scale at which the image just covers the frame; the image's pixels beyond the
    // frame at that scale are cropped, as much on each side.
    const double scale = std::max(frame.width_pt / image.width_px, frame.height_pt / image.height_px);
    const double shown_width_px = frame.width_pt / scale;
    const double shown_height_px = frame.height_pt / scale;
    const Rect crop{(image.width_px - shown_width_px) / 2, (image.height_px - shown_height_px) / 2, shown_width_px,
                    shown_height_px};
    return PlacedImage{frame, image, crop, backdrop};
}

PlacedImage contain_in_frame(const ImageRef& image, const Rect& frame, const Color& backdrop,
                             ImageAlignment alignment) {
    const double scale = std::min(frame.width_pt / image.width_px, frame.height_pt / image.height_px);
    const double width_pt = image.width_px * scale;
    const double height_pt = image.height_px * scale;
    const double spare_pt = frame.width_pt - width_pt;
    const double left_pt = frame.left_pt + (alignment == ImageAlignment::start    ? 0
                                            : alignment == ImageAlignment::center ? spare_pt / 2
                                                                                  : spare_pt);
    const double top_pt = frame.top_pt + (frame.height_pt - height_pt) / 2;
    return PlacedImage{{left_pt, top_pt, width_pt, height_pt}, image, {0, 0, image.width_px, image.height_px}, backdrop};
}

}  // namespace brochure
