#pragma once
// The frame every page of the brochure shares: the paper with its bleed and crop marks,
// the slim band that ties later pages to the cover, the footer with the folio, and the
// region the flow fills.

#include <string>
#include <vector>

#include "design/brochure_context.hpp"
#include "layout/document.hpp"
#include "layout/region_flow.hpp"

namespace brochure {

/// A new empty page of the brochure's size, with the spec's bleed and mark area.
Page blank_page(const PageSpec& spec);

/// `rect` with each edge that lies on the page's edge pushed out by the spec's bleed, for
/// backgrounds and bands that run off the page.
Rect extended_into_bleed(const Rect& rect, const PageSpec& spec);

/// Crop marks at the four corners of the trim area, in the page's mark area: hairlines
/// along the trim edges that start 1 mm beyond the bleed and are 5 mm long. None when the
/// page has no mark area, or one too narrow to hold them.
void add_crop_marks(Page& page);

/// Fold marks: dashed hairlines in the mark area above and below the trim, where the crop
/// marks are, at each of `folds_pt` (from the trim's left edge).
void add_fold_marks(Page& page, const std::vector<double>& folds_pt);

/// The slim band in the primary colour along the top edge of every page after the first,
/// with the logo small under it at the right, if the brand has one and `with_logo`.
void add_header_band(const BrochureContext& context, Page& page, bool with_logo);

/// The footer: a hairline, the organisation's name and the folio ("Page 1 of 4").
void add_footer(const BrochureContext& context, int page_index, int page_count, Page& page);

/// The region the flow fills on a page whose material may start at `top_pt` (below the
/// cover on the first page): the context's columns down to the footer.
Region flow_region(const BrochureContext& context, double top_pt);

/// Where the flow starts on the pages after the first, below the header band.
double later_page_top_pt();

}  // namespace brochure
