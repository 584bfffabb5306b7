#pragma once
// The brochure's two panels: the values as a tinted grid, and the internship as a navy
// call-out across the page. Each is one box, never split.

#include "design/brochure_context.hpp"
#include "layout/vertical_list.hpp"

namespace brochure {

/// The values in a tinted panel `width_pt` wide: two to a row, each with an accent marker,
/// each wrapping onto as many lines as it needs; a list element under `parent`.
VList values_panel(const BrochureContext& context, double width_pt, StructureId parent);

/// The internship as a navy call-out `width_pt` wide, with its outline entry: a section
/// of the document, headed by its overline.
VList internship_callout(const BrochureContext& context, double width_pt);

}  // namespace brochure
