#pragma once
// What the front and back pages share: the context they are laid out in, and the small
// parts both draw (section headings, footers, overflow reports).

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "layout/labels.hpp"
#include "layout/layout_brochure.hpp"
#include "layout/text_flow.hpp"
#include "model/profile.hpp"

namespace brochure {

/// Everything a page layout reads, and where it reports problems and bookmarks.
struct BrochureContext {
    const Profile& profile;
    const FontMetrics& metrics;
    const PageSpec& page_spec;
    const Labels& labels;
    std::vector<Diagnostic>& diagnostics;
    std::vector<Bookmark>& bookmarks;
    const Hyphenator* hyphenator;  ///< for body text; null: no hyphenation

    /// Body paragraphs: justified and hyphenated in the profile's language.
    ParagraphSettings justified() const;
    /// Headings, captions and labels: ragged, never hyphenated, broken by the language's rules.
    ParagraphSettings ragged() const;

    double content_left_pt() const;
    double content_width_pt() const;
    double column_width_pt() const;     ///< one of two columns
    double right_column_left_pt() const;
    double content_bottom_pt() const;   ///< above the footer

    /// Reports that `lines_not_fitted` lines of `field` (named `field_name`, e.g. "about")
    /// did not fit the space the design gives it.
    void report_overflow(const Text& field, std::string_view field_name, int lines_not_fitted,
                         double leading_pt);
};

/// A new empty page of the brochure's size, with the spec's bleed and mark area.
Page blank_page(const PageSpec& spec);

/// `rect` with each edge that lies on the page's edge pushed out by the spec's bleed, for
/// backgrounds and bands that run off the page.
Rect extended_into_bleed(const Rect& rect, const PageSpec& spec);

/// Crop marks at the four corners of the trim area, in the page's mark area: hairlines
/// along the trim edges that start 1 mm beyond the bleed and are 5 mm long. None when the
/// page has no mark area, or one too narrow to hold them.
void add_crop_marks(Page& page);

/// Sets a section heading at the column's cursor, records a bookmark for it, and advances.
void flow_section_heading(BrochureContext& context, Column& column, std::string_view title, int page_index,
                          std::vector<Item>& out);

/// Flows a profile paragraph into `column`, reporting overflow against `field`.
void flow_field(BrochureContext& context, Column& column, const Text& field, std::string_view field_name,
                const TextStyle& style, const ParagraphSettings& settings, std::vector<Item>& out);

/// The footer: a hairline, the organisation's name and "Page n of N".
void add_footer(const BrochureContext& context, int page_index, int page_count, Page& page);

}  // namespace brochure
