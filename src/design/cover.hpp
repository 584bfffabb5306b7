#pragma once
// The first page's top: the cover band in the primary colour (organisation types and the
// logo, name, full name, accent rule, tagline, sectors), the cover photo if there is one,
// and under them the row of key facts. The band's air is the
// first page's spring: it gives room back on a full page and takes up what a short one
// leaves.

#include <array>
#include <vector>

#include "design/brochure_context.hpp"
#include "layout/document.hpp"

namespace brochure {

/// The air in the cover band, above the name and below its last line, and the height of
/// the cover photo (when there is one), together, in points.
struct CoverAir {
    double least_pt = 0;    ///< a compact cover, when the page needs the room
    double natural_pt = 0;  ///< the cover as designed
    double most_pt = 0;     ///< the tallest cover, for a page with little else on it
};

/// The key facts on the cover: founded, countries, people, headquarters.
inline constexpr std::size_t kKeyFactCount = 4;

/// The cover's structure elements. The cover is laid out again for every arrangement of
/// the pages that is tried, always into these, made once, first in reading order.
struct CoverStructure {
    StructureId types = kArtifact;
    StructureId logo = kArtifact;
    StructureId name = kArtifact;
    StructureId full_name = kArtifact;
    StructureId tagline = kArtifact;
    StructureId sectors = kArtifact;
    StructureId photo = kArtifact;  ///< an artifact when the profile does not say what it shows
    std::array<StructureId, kKeyFactCount> fact_labels{kArtifact, kArtifact, kArtifact, kArtifact};
    std::array<StructureId, kKeyFactCount> fact_values{kArtifact, kArtifact, kArtifact, kArtifact};
};

/// Adds the cover's elements to the structure of `context`: the organisation's types, the
/// logo, the name (the document's one first-level heading), the full name, the tagline,
/// the sectors, the photo and the key facts as a list of label and value.
CoverStructure cover_structure(const BrochureContext& context);

/// The cover's air for the page of `context`.
CoverAir cover_air(const BrochureContext& context);

/// The band, the photo and the key facts with `air_pt` of air in the band and photo
/// (shared between them at the same point of their ranges), from the page's top; `whole`
/// is cover_air(`context`), which the caller keeps since it costs a layout of the band.
struct Cover {
    std::vector<Item> items;
    double bottom_pt = 0;  ///< the key facts' foot
};
Cover layout_cover(const BrochureContext& context, const CoverAir& whole, double air_pt,
                   const CoverStructure& structure);

}  // namespace brochure
