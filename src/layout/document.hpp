#pragma once
// The laid-out brochure: pages of positioned items, in points, ready to be drawn by any
// renderer. Nothing here knows about YAML, profiles or libharu.

#include <string>
#include <variant>
#include <vector>

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "layout/font_metrics.hpp"
#include "layout/structure.hpp"

namespace brochure {

/// A single line of text placed on its baseline. `left_pt` is where the first glyph's
/// origin goes; `baseline_pt` is measured from the top of the page (y down).
struct TextRun {
    double left_pt = 0;
    double baseline_pt = 0;
    FontFace face = FontFace::regular;
    double size_pt = 10;
    Color color;
    std::string text;   ///< UTF-8, no line breaks
    double width_pt = 0;  ///< measured advance width, for bounds checks
    StructureId tag = kArtifact;  ///< the structure element it belongs to
};

/// A filled rectangle (backgrounds, bands, chart bars).
struct FilledRect {
    Rect rect;
    Color color;
    StructureId tag = kArtifact;
};

/// Several rectangles filled as one path in one operation, so that touching rectangles
/// show no seam between them (QR modules).
struct FilledRects {
    std::vector<Rect> rects;
    Color color;
    StructureId tag = kArtifact;
};

/// A straight stroked line.
struct LineSegment {
    double x1_pt = 0, y1_pt = 0, x2_pt = 0, y2_pt = 0;
    double width_pt = 0.5;
    Color color;
    StructureId tag = kArtifact;
};

/// A clickable area that opens `url`. Its tag is the link element that holds the words or
/// the figure it covers.
struct Link {
    Rect rect;
    std::string url;
    StructureId tag = kArtifact;
};

/// An image the layout may place: its number in the list of images the renderer is given,
/// and its size in pixels (upright, as it is to be shown).
struct ImageRef {
    std::size_t id = 0;
    double width_px = 0;
    double height_px = 0;
};

/// The part `crop_px` of an image (in its pixels, y down) drawn into `frame`, at the same
/// scale across and down: images are cropped or framed, never stretched.
struct PlacedImage {
    Rect frame;
    ImageRef image;
    Rect crop_px;
    Color backdrop;  ///< what lies under the image: transparency is flattened onto it for print
    StructureId tag = kArtifact;
};

using Item = std::variant<TextRun, FilledRect, FilledRects, LineSegment, Link, PlacedImage>;

/// One page. Coordinates have their origin at the top-left corner of the trim area (the
/// finished page, `width_pt` by `height_pt`); items in the bleed or the mark area beyond
/// it have negative coordinates or coordinates past the width and height.
struct Page {
    double width_pt = 0;
    double height_pt = 0;
    std::vector<Item> items;  ///< drawn in order: later items paint over earlier ones
    double bleed_pt = 0;      ///< how far edge-touching backgrounds reach past the trim; 0 on screen
    double mark_area_pt = 0;  ///< width of the strip beyond the bleed that holds `marks`
    std::vector<Item> marks;  ///< printer's marks (crop marks), all outside the bleed
};

/// An entry of the document outline (bookmarks panel).
struct Bookmark {
    std::string title;
    int page_index = 0;   ///< 0-based
    double top_pt = 0;    ///< where the section starts on that page (y down)
};

/// Document information shown by viewers.
struct DocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string lang;  ///< BCP 47 tag, e.g. "en"
};

struct Document {
    DocumentInfo info;
    std::vector<Page> pages;
    std::vector<Bookmark> bookmarks;
    StructureTree structure;  ///< what the items' tags point into
    bool facing_pages = false;  ///< read as spreads, the first page alone (a booklet)
};

/// The structure element `item` belongs to (kArtifact for none).
StructureId tag_of(const Item& item);

/// Makes every item of `items` from index `first` on belong to `tag`.
void tag_from(std::vector<Item>& items, std::size_t first, StructureId tag);

/// Moves `item` right by `dx_pt` and down by `dy_pt`.
void translate(Item& item, double dx_pt, double dy_pt);

/// Bounding box of an item on its page: text runs from cap height to descender,
/// line segments by their end points (zero-width boxes allowed).
Rect bounds_of(const Item& item, const FontMetrics& metrics);

}  // namespace brochure
