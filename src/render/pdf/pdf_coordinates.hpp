#pragma once
// The one place where layout coordinates (origin at the top-left of the trim area, y down)
// become PDF user-space coordinates (origin at the bottom-left of the media box, y up).
// Both are in points. The media box holds the trim area, the bleed and the mark area.

#include "core/geometry.hpp"
#include "layout/document.hpp"

namespace brochure {

/// A rectangle in PDF terms: lower-left corner and size, in points.
struct PdfRect {
    double left_pt = 0;
    double bottom_pt = 0;
    double width_pt = 0;
    double height_pt = 0;
};

/// Where a laid-out page sits on its PDF page.
struct PageFrame {
    double trim_width_pt = 0;
    double trim_height_pt = 0;
    double margin_pt = 0;  ///< from each media box edge to the trim edge: bleed and mark area

    /// The frame of `page`.
    static PageFrame of(const Page& page) {
        return {page.width_pt, page.height_pt, page.bleed_pt + page.mark_area_pt};
    }

    double media_width_pt() const { return trim_width_pt + 2 * margin_pt; }
    double media_height_pt() const { return trim_height_pt + 2 * margin_pt; }

    /// PDF x of a point `x_pt` right of the trim's left edge.
    double x(double x_pt) const { return margin_pt + x_pt; }
    /// PDF y of a point `y_from_top_pt` below the trim's top edge.
    double y(double y_from_top_pt) const { return margin_pt + trim_height_pt - y_from_top_pt; }

    /// `rect` (top-left origin, trim coordinates) as a PDF rectangle.
    PdfRect rect(const Rect& area) const {
        return {x(area.left_pt), y(area.bottom_pt()), area.width_pt, area.height_pt};
    }
};

}  // namespace brochure
