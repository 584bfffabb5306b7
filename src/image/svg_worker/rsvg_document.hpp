#pragma once
// librsvg, inside the SVG worker: a document's intrinsic size, and its pixels.

#include <string>
#include <string_view>

namespace brochure::svg_worker {

struct Measured {
    double width = 0;   ///< CSS pixels; 0 when the document says nothing of its size
    double height = 0;
    std::string error;  ///< empty when the document was read
};

/// Parses the document and reads its size, or the proportions of its viewBox when its
/// width and height are in percent. No base address is given to librsvg, so an <image>
/// or <use> that points at another file loads nothing.
Measured measure_svg(std::string_view document);

/// The document drawn into width × height pixels (its proportions kept, centred): the
/// colour samples (RGB, not premultiplied) followed by the alpha samples; empty with
/// `error` set when librsvg cannot draw it.
std::string draw_svg(std::string_view document, int width, int height, std::string& error);

}  // namespace brochure::svg_worker
