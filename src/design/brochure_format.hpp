#pragma once
// The forms a brochure takes, as the page masters the flow fills: flat pages (sheet), a
// leaflet of six panels folded from one sheet (trifold), or a saddle-stitched booklet of
// half-size pages (booklet). Each is a page size, the page counts it may have, and which
// of its pages are covers; imposition_plan says how the pages go onto press sheets.

#include <vector>

#include "design/theme.hpp"
#include "layout/page_spec.hpp"

namespace brochure {

enum class BrochureFormat {
    sheet,    ///< pages of the paper's size
    trifold,  ///< a roll-folded leaflet: the paper in landscape, in three panels a side
    booklet,  ///< pages of half the paper's size, two to a side of each folded sheet
};

/// Which pages carry the footer with the folio.
enum class Folios {
    every_page,    ///< flat pages, each read on its own
    inside_pages,  ///< a booklet: none on the front and back covers
    none,          ///< a leaflet's panels are not numbered
};

/// The page masters of a format.
struct FormatPlan {
    PageSpec page;                ///< one page (a panel, for the leaflet), with the paper's bleed and marks
    std::vector<int> page_counts; ///< the counts it may have, fewest first
    int columns = 2;              ///< of the flow's regions
    double side_margin_pt = theme::kMarginPt;
    bool cover_alone = false;     ///< the first page is the front cover and nothing else
    bool flap_teaser = false;     ///< the page after the front cover is a leaflet's flap, with a teaser
    bool back_cover = false;      ///< the last page is the back cover: the closing band alone
    Folios folios = Folios::every_page;
    bool header_logo = true;      ///< the brand's logo small under the later pages' header band
    bool facing_pages = false;    ///< read as spreads: a viewer shows pages two by two
};

/// How much narrower a leaflet's fold-in panel is than the other two, so that it folds
/// inside them without buckling.
inline constexpr double kFoldInAllowancePt = pt_from_mm(3);

/// The width of a leaflet's two outer panels, and of its fold-in panel, for `paper` in
/// landscape: for A4, 100 and 97 mm.
double trifold_panel_width_pt(const PageSpec& paper);
double trifold_fold_in_width_pt(const PageSpec& paper);

/// The plan of `format` on `paper` (with the target's bleed and mark area).
FormatPlan format_plan(BrochureFormat format, const PageSpec& paper);

/// The format's name as the command line spells it.
const char* format_name(BrochureFormat format);

}  // namespace brochure
