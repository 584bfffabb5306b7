#pragma once
// The brochure's content in reading order, as the runs the flow lays out: the sections
// in the columns (about, roles, headquarters, values, people and their chart, the
// profile's own sections), then the videos and the internship across the page.

#include <vector>

#include "design/brochure_context.hpp"
#include "layout/region_flow.hpp"

namespace brochure {

/// The flow of `context.profile`, measured for its page's column and content widths.
std::vector<FlowRun> brochure_flow(const BrochureContext& context);

/// A section heading (the accent rule and the title, with an outline entry) kept with the
/// first lines of `body`, which follow it.
VList section(const BrochureContext& context, std::string_view title, VList body, double width_pt);

/// A paragraph of the profile, from `field` (named `field_name` in diagnostics).
VList field_paragraph(const BrochureContext& context, const Text& field, std::string_view field_name,
                      const TextStyle& style, const ParagraphSettings& settings, double width_pt);

}  // namespace brochure
