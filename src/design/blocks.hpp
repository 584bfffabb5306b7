#pragma once
// The brochure's content in reading order, as the runs the flow lays out: the sections
// in the columns (about, roles, headquarters, values, people and their chart, the
// profile's own sections), then the videos and the internship across the page.

#include <functional>
#include <vector>

#include "design/brochure_context.hpp"
#include "layout/region_flow.hpp"

namespace brochure {

/// The flow of `context.profile`, measured for its page's column and content widths;
/// with `teaser_apart`, without the sections that flap_teaser shows.
std::vector<FlowRun> brochure_flow(const BrochureContext& context, bool teaser_apart = false);

/// A leaflet's flap, seen first when the cover opens: the tagline as a pull quote, then
/// the values (or, for a profile without values, the people and their chart) and the
/// internship's call, across the content's width.
VList flap_teaser(const BrochureContext& context);

/// Lays out a section's body, its elements made under the section's element.
using SectionBody = std::function<VList(StructureId section)>;

/// A section: a section element of the document, its heading (the accent rule and the
/// title, with an outline entry) kept with the first lines of the body that `body_of`
/// lays out, which follows it.
VList section(const BrochureContext& context, std::string_view title, double width_pt, const SectionBody& body_of);

/// A paragraph of the profile, from `field` (named `field_name` in diagnostics), a new
/// paragraph element under `parent`.
VList field_paragraph(const BrochureContext& context, const Text& field, std::string_view field_name,
                      const TextStyle& style, const ParagraphSettings& settings, double width_pt, StructureId parent);

}  // namespace brochure
