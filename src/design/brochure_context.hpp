#pragma once
// What every part of the brochure's design reads while it is laid out, and where it
// reports problems.

#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "design/brochure_images.hpp"
#include "design/labels.hpp"
#include "design/palette.hpp"
#include "design/theme.hpp"
#include "layout/font_metrics.hpp"
#include "layout/hyphenation.hpp"
#include "layout/line_break.hpp"
#include "layout/page_spec.hpp"
#include "layout/structure.hpp"
#include "model/profile.hpp"

namespace brochure {

struct BrochureContext {
    const Profile& profile;
    const FontMetrics& metrics;
    const Labels& labels;
    const Palette& palette;
    const BrochureImages& images;
    PageSpec page;
    int columns;                   ///< of the flow's regions
    double side_margin_pt;         ///< left and right; the top and bottom margins are theme::kMarginPt
    double footer_height_pt;       ///< what the footer takes above the bottom margin; 0 without one
    const Hyphenator* hyphenator;  ///< for body text; null: no hyphenation
    std::vector<Diagnostic>& diagnostics;
    /// The brochure's structure, which the design adds its elements to in reading order.
    StructureTree& structure;
    /// The paragraphs this layout has broken into lines: its trials set many again.
    LineBreakMemory& line_breaks;

    /// Body paragraphs: justified and hyphenated in the profile's language.
    ParagraphSettings justified() const { return {Alignment::justified, profile.lang.value, hyphenator, &line_breaks}; }
    /// Headings, captions and labels: ragged, never hyphenated.
    ParagraphSettings ragged() const { return {Alignment::ragged, profile.lang.value, nullptr, &line_breaks}; }

    double content_left_pt() const { return side_margin_pt; }
    double content_width_pt() const { return page.width_pt - 2 * side_margin_pt; }
    double column_width_pt() const { return (content_width_pt() - (columns - 1) * theme::kGutterPt) / columns; }
    /// Where the footer's area starts: the flow ends above it.
    double content_bottom_pt() const { return page.height_pt - theme::kMarginPt - footer_height_pt; }

    /// A new structure element, the last child of `parent`.
    StructureId element(StructureId parent, StructureRole role, std::string alt = {}) const {
        return structure.add(parent, role, std::move(alt));
    }

    /// Reports an error of kind `rule` at `field`, whose path is `field_path`.
    void error(Rule rule, const std::string& field_path, const Text& field, const std::string& detail,
               std::vector<std::string> hints = {}) const {
        diagnostics.push_back(Diagnostic{Severity::error, profile.source_path, field.position,
                                         field_path + ": " + detail, std::move(hints), rule, field_path});
    }
};

}  // namespace brochure
