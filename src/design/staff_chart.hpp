#pragma once
// The people section's body: the paragraph about the staff, then, when the profile
// itemises groups, the bar chart of them with its title and the note under it.

#include "design/brochure_context.hpp"
#include "layout/vertical_list.hpp"

namespace brochure {

/// The staff paragraph, chart and note, `width_pt` wide, their elements under `parent`.
/// The chart is one box, kept with its title: a figure described in words.
VList staff_section_body(const BrochureContext& context, double width_pt, StructureId parent);

}  // namespace brochure
