#pragma once
// Lengths, points and rectangles shared by layout and rendering.
//
// Every length is a double in PDF points (1/72 inch) and says so in its name (`width_pt`).
// Layout coordinates have their origin at the top-left corner of the page with y growing
// downwards, the way text flows; the PDF renderer flips them.

namespace brochure {

/// Points per millimetre (72 / 25.4).
inline constexpr double kPointsPerMm = 72.0 / 25.4;

/// Converts millimetres to points.
constexpr double pt_from_mm(double mm) { return mm * kPointsPerMm; }

/// Converts points to millimetres.
constexpr double mm_from_pt(double pt) { return pt / kPointsPerMm; }

/// An axis-aligned rectangle in points; (left_pt, top_pt) is its top-left corner, y down.
struct Rect {
    double left_pt = 0;
    double top_pt = 0;
    double width_pt = 0;
    double height_pt = 0;

    double right_pt() const { return left_pt + width_pt; }
    double bottom_pt() const { return top_pt + height_pt; }

    /// True when the two rectangles share area (touching edges do not count).
    bool overlaps(const Rect& other) const {
        return left_pt < other.right_pt() && other.left_pt < right_pt() &&
               top_pt < other.bottom_pt() && other.top_pt < bottom_pt();
    }

    /// True when `other` lies entirely inside this rectangle (edges included).
    bool contains(const Rect& other) const {
        return other.left_pt >= left_pt && other.right_pt() <= right_pt() &&
               other.top_pt >= top_pt && other.bottom_pt() <= bottom_pt();
    }
};

}  // namespace brochure
