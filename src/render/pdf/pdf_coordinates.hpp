#pragma once
// The one place where layout coordinates (origin top-left, y down) become PDF user-space
// coordinates (origin bottom-left, y up). Both are in points.

#include "core/geometry.hpp"

namespace brochure {

/// PDF y of a point `y_from_top_pt` below the top edge of a page `page_height_pt` tall.
constexpr double pdf_y_from_top(double page_height_pt, double y_from_top_pt) {
    return page_height_pt - y_from_top_pt;
}

/// A rectangle in PDF terms: lower-left corner and size, in points.
struct PdfRect {
    double left_pt = 0;
    double bottom_pt = 0;
    double width_pt = 0;
    double height_pt = 0;
};

/// `rect` (top-left origin) on a page `page_height_pt` tall, as a PDF rectangle.
inline PdfRect pdf_rect_from_rect(double page_height_pt, const Rect& rect) {
    return {rect.left_pt, pdf_y_from_top(page_height_pt, rect.bottom_pt()), rect.width_pt,
            rect.height_pt};
}

}  // namespace brochure
