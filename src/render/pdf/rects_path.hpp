#pragma once
// The content-stream operators that fill a group of rectangles as one path.

#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "render/pdf/pdf_coordinates.hpp"

namespace brochure {

/// Operators that fill the union of `rects` (layout coordinates on the page at `frame`)
/// with the current fill colour, as one path: touching rectangles show no seam. When every
/// edge lies a whole number of cells from the group's top-left corner, the cell being the
/// lowest rectangle's height (a QR code's module), the path is written in cells inside
/// q … cm … Q: small integers, a third of the bytes of page coordinates, and they compress
/// better. Otherwise each rectangle is written in page coordinates.
std::string filled_rects_operators(const std::vector<Rect>& rects, const PageFrame& frame);

}  // namespace brochure
