#include "design/layout_brochure.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "core/utf8.hpp"
#include "design/blank_bands.hpp"
#include "design/blocks.hpp"
#include "design/brochure_format.hpp"
#include "design/brochure_context.hpp"
#include "design/closing_band.hpp"
#include "design/cover.hpp"
#include "design/page_master.hpp"
#include "design/profile_texts.hpp"
#include "design/video_cards.hpp"

namespace brochure {

namespace {

// Spreading content over the pages after the first: shares of their height tried, from
// all of it down to the least, a step apart.
constexpr double kFillStep = 0.05;
constexpr double kLeastFill = 0.3;
// The cover's air is found to within this.
constexpr double kAirPrecisionPt = 2;
// Between the key facts and the columns, and between the parts of a page.
constexpr VGlue kPartGap{theme::kSectionGapPt, theme::kSectionGapPt, 0};

/// Every character the brochure prints must be drawable: a missing glyph would print as a
/// box, or as nothing. Checked against the regular and bold faces, which between them set
/// every field, for the texts, the addresses printed under the QR codes and the labels the
/// profile sets.
void check_glyph_coverage(const Profile& profile, const FontMetrics& metrics, std::vector<Diagnostic>& diagnostics) {
    std::vector<std::pair<std::string, const Text*>> printed = profile_texts(profile);
    for (std::size_t i = 0; i < profile.videos.size(); ++i)
        printed.emplace_back("videos[" + std::to_string(i) + "].url", &profile.videos[i].url);
    for (const LabelOverride& label : profile.labels) printed.emplace_back("labels." + label.key, &label.text);
    for (const auto& [field_name, text] : printed) {
        std::string_view value = text->value;
        for (std::size_t index = 0; index < value.size();) {
            const std::size_t start = index;
            const char32_t code_point = next_code_point(value, index);
            if (code_point == '\t' || code_point == '\n' || code_point == '\r') continue;  // set as spaces
            if (metrics.has_glyph(FontFace::regular, code_point) && metrics.has_glyph(FontFace::bold, code_point))
                continue;
            diagnostics.push_back(Diagnostic{
                Severity::error, profile.source_path, text->position,
                fmt::format("{}: the brochure's fonts have no glyph for U+{:04X} '{}'", field_name,
                            static_cast<unsigned>(code_point), value.substr(start, index - start)),
                {"the fonts cover Latin, Greek and Cyrillic; use another character"},
                Rule::missing_glyph, std::string(field_name)});
            break;  // one report per field is enough
        }
    }
}

DocumentInfo document_info(const Profile& profile) {
    DocumentInfo info;
    info.title = profile.full_name ? profile.name.value + " — " + profile.full_name->value : profile.name.value;
    info.author = profile.full_name ? profile.full_name->value : profile.name.value;
    info.subject = profile.tagline.value;
    // Sectors and organisation types, each word once ("Government" is often both).
    std::vector<std::string> keywords;
    for (const auto* list : {&profile.sectors, &profile.company_types})
        for (const Text& text : *list)
            if (std::find(keywords.begin(), keywords.end(), text.value) == keywords.end()) keywords.push_back(text.value);
    for (const std::string& keyword : keywords) info.keywords += (info.keywords.empty() ? "" : ", ") + keyword;
    info.lang = profile.lang.value;
    return info;
}

/// The brochure laid out on a given number of pages, or why it could not be.
struct Attempt {
    Document document;
    bool fits = false;
    const VBox* first_unplaced = nullptr;
    double most_blank = 1;  ///< the tallest blank band of any page, as a share of its height
    double closing_band_pt = 0;  ///< the height of the last page's closing band, 0 for none

    /// Whether this reads better than `other`: no page more than a fifth blank, and the
    /// content reaching furthest down the last page (the smallest closing band); failing
    /// that, less blank.
    bool reads_better_than(const Attempt& other) const {
        const bool good = most_blank <= kMostBlankBand, other_good = other.most_blank <= kMostBlankBand;
        if (good != other_good) return good;
        if (good) return closing_band_pt < other.closing_band_pt - 1e-6;
        return most_blank < other.most_blank - 1e-9;
    }
};

class BrochureLayout {
public:
    // The cover's elements are made before the flow's: the cover is read first.
    BrochureLayout(const BrochureContext& context, const FormatPlan& plan)
        : context_(context), plan_(plan), cover_structure_(cover_structure(context)),
          teaser_runs_(plan.flap_teaser ? std::vector<FlowRun>{FlowRun{false, flap_teaser(context)}}
                                        : std::vector<FlowRun>{}),
          runs_(brochure_flow(context, plan.flap_teaser)), air_(cover_air(context)) {
        least_cover_bottom_pt_ = layout_cover(context, air_, air_.least_pt, cover_structure_).bottom_pt;
        const Region flap = flow_region(context, later_page_top_pt());
        teaser_ = flow_runs(teaser_runs_, [&](std::size_t) { return flap; }, 1, kPartGap);
    }

    Attempt on_pages(int page_count) const {
        if (!teaser_.fits) {
            Attempt refused;
            refused.first_unplaced = teaser_.first_unplaced;
            return refused;
        }
        const std::size_t flow_pages = flow_page_count(page_count);
        FlowLayout flow = flow_runs(runs_, regions(air_.least_pt, 1), flow_pages, kPartGap);
        if (!flow.fits) {
            Attempt refused;
            refused.first_unplaced = flow.first_unplaced;
            return refused;
        }
        const double air_pt = flow_air_pt(page_count);
        // The pages that hold no cover filled to a share of their height: of the shares
        // that hold everything, the one whose pages read best, so that the last page is
        // not left nearly empty.
        const bool spreadable = plan_.cover_alone || page_count > 1;
        std::optional<Attempt> best;
        for (double fill = 1; fill >= kLeastFill - 1e-9; fill -= spreadable ? kFillStep : 1) {
            const FlowLayout trial = flow_runs(runs_, regions(air_pt, fill), flow_pages, kPartGap);
            if (!trial.fits || trial.overfull) break;  // a smaller share holds less still
            Attempt attempt = laid_out(trial, air_pt, page_count);
            if (!best || attempt.reads_better_than(*best)) best = std::move(attempt);
        }
        return std::move(*best);
    }

private:
    // The pages before the flow's: the front cover when it stands alone, and the flap.
    std::size_t first_flow_page() const { return (plan_.cover_alone ? 1 : 0) + (plan_.flap_teaser ? 1 : 0); }

    // The pages the flow fills: all but the covers that stand alone and the flap.
    std::size_t flow_page_count(int page_count) const {
        return static_cast<std::size_t>(page_count) - first_flow_page() - (plan_.back_cover ? 1 : 0);
    }

    // The flow's page on the brochure's page `index`, if it has one.
    std::optional<std::size_t> flow_page_of(std::size_t index, int page_count) const {
        const std::size_t first = first_flow_page();
        if (index < first || index - first >= flow_page_count(page_count)) return std::nullopt;
        return index - first;
    }

    bool fits_with_air(double air_pt, std::size_t pages) const {
        const FlowLayout flow = flow_runs(runs_, regions(air_pt, 1), pages, kPartGap);
        return flow.fits && !flow.overfull;
    }

    // The cover's air while the content is flowed: as designed, or compact when the
    // content needs the room. A cover that stands alone, and a four-page brochure's when
    // the other three hold the content, fill the first page; a one-page flyer's cover
    // takes all the air the content leaves it.
    double flow_air_pt(int page_count) const {
        if (plan_.cover_alone) return cover_page_air_pt();
        const auto pages = flow_page_count(page_count);
        if (page_count >= 4 && fits_with_air(full_page_air_pt(), pages)) return full_page_air_pt();
        if (page_count > 1) return fits_with_air(air_.natural_pt, pages) ? air_.natural_pt : air_.least_pt;
        double air_pt = air_.least_pt;
        for (double low_pt = air_.least_pt, high_pt = air_.most_pt; high_pt - low_pt > kAirPrecisionPt;) {
            const double middle_pt = (low_pt + high_pt) / 2;
            if (fits_with_air(middle_pt, pages)) {
                air_pt = low_pt = middle_pt;
            } else {
                high_pt = middle_pt;
            }
        }
        return air_pt;
    }

    // The air that makes the cover, the key facts and the gap below them reach the foot of
    // the first page.
    double full_page_air_pt() const {
        return std::max(air_.most_pt, air_.least_pt + context_.content_bottom_pt() - kPartGap.natural_pt -
                                          least_cover_bottom_pt_);
    }

    // The air that makes a cover that stands alone, with its key facts, reach the foot of
    // its page.
    double cover_page_air_pt() const {
        return std::max(air_.least_pt, air_.least_pt + context_.content_bottom_pt() - least_cover_bottom_pt_);
    }

    // The flow's regions, by the flow's pages: under a cover with `air_pt` on the first
    // page when the cover shares it, else below the header band, filled to `later_fill`
    // of their height.
    std::function<Region(std::size_t)> regions(double air_pt, double later_fill) const {
        const double first_top_pt = least_cover_bottom_pt_ + (air_pt - air_.least_pt) + kPartGap.natural_pt;
        return [this, first_top_pt, later_fill](std::size_t page) {
            if (page == 0 && !plan_.cover_alone) return flow_region(context_, first_top_pt);
            Region region = flow_region(context_, later_page_top_pt());
            region.area.height_pt *= later_fill;
            return region;
        };
    }

    static double natural_height_pt(const PageFlow& page) {
        double height_pt = 0;
        for (std::size_t i = 0; i < page.parts.size(); ++i)
            height_pt += page.parts[i].height_pt + (i > 0 ? kPartGap.natural_pt : 0);
        return height_pt;
    }

    bool has_folio(std::size_t index, int page_count) const {
        switch (plan_.folios) {
            case Folios::every_page: return true;
            case Folios::inside_pages: return index > 0 && index + 1 < static_cast<std::size_t>(page_count);
            case Folios::none: return false;
        }
        return false;
    }

    // The pages of `flow` with the cover's `air_pt`, each page's share spread over its region.
    Attempt laid_out(const FlowLayout& flow, double air_pt, int page_count) const {
        Attempt attempt;
        attempt.fits = true;
        attempt.document.info = document_info(context_.profile);
        attempt.document.facing_pages = plan_.facing_pages;
        attempt.most_blank = 0;
        const auto region_of = regions(air_pt, 1);
        for (std::size_t i = 0; i < static_cast<std::size_t>(page_count); ++i) {
            Page page = blank_page(context_.page);
            const bool last = i + 1 == static_cast<std::size_t>(page_count);
            const std::optional<std::size_t> flow_page = flow_page_of(i, page_count);
            Region region = flow_page ? region_of(*flow_page) : Region{};
            if (i == 0) {
                // The cover takes half the room the first page's flow leaves, up to its tallest.
                double grown_pt = 0;
                if (flow_page) {
                    const double room_pt = *flow_page < flow.pages.size()
                                               ? region.area.height_pt - natural_height_pt(flow.pages[*flow_page])
                                               : 0;
                    grown_pt = std::clamp(room_pt / 2, 0.0, std::max(0.0, air_.most_pt - air_pt));
                }
                const Cover cover = layout_cover(context_, air_, air_pt + grown_pt, cover_structure_);
                page.items = cover.items;
                region = flow_region(context_, cover.bottom_pt + kPartGap.natural_pt);
            } else if (i == 1 && plan_.flap_teaser) {
                add_header_band(context_, page, plan_.header_logo);
                place_flow(teaser_.pages.front(), flow_region(context_, later_page_top_pt()), i, page,
                           attempt.document.bookmarks);
            } else if (flow_page) {
                add_header_band(context_, page, plan_.header_logo);
            } else {
                page.items = back_cover(context_);
            }
            double flow_bottom_pt = region.area.top_pt;
            if (flow_page && *flow_page < flow.pages.size())
                flow_bottom_pt = place_flow(flow.pages[*flow_page], region, i, page, attempt.document.bookmarks);
            const double band_top_pt = flow_bottom_pt + kPartGap.natural_pt;
            if (last && flow_page && page_count > 1 &&
                context_.content_bottom_pt() - band_top_pt >= closing_band_least_height_pt(context_)) {
                const std::vector<Item> band = closing_band(context_, band_top_pt);
                page.items.insert(page.items.end(), band.begin(), band.end());
                attempt.closing_band_pt = context_.content_bottom_pt() - band_top_pt;
            }
            if (has_folio(i, page_count)) add_footer(context_, static_cast<int>(i), page_count, page);
            add_crop_marks(page);
            attempt.most_blank = std::max(attempt.most_blank, tallest_blank_band(page, context_.metrics));
            attempt.document.pages.push_back(std::move(page));
        }
        return attempt;
    }

    // One page's share of the flow placed in its full region, the space it leaves spread
    // over its glue; returns where it ends.
    double place_flow(const PageFlow& flow, const Region& region, std::size_t index, Page& page,
                      std::vector<Bookmark>& bookmarks) const {
        PlacedFlow placed = place_page_flow(flow, region, kPartGap, theme::kMostStretchRatio);
        page.items.insert(page.items.end(), placed.items.begin(), placed.items.end());
        for (Bookmark& bookmark : placed.bookmarks) {
            bookmark.page_index = static_cast<int>(index);
            bookmarks.push_back(std::move(bookmark));
        }
        return placed.bottom_pt;
    }

    const BrochureContext& context_;
    const FormatPlan& plan_;
    CoverStructure cover_structure_;
    std::vector<FlowRun> teaser_runs_;  ///< the flap's, when the format has one
    std::vector<FlowRun> runs_;
    CoverAir air_;
    double least_cover_bottom_pt_ = 0;
    FlowLayout teaser_;  ///< the flap's teaser on its one page; it points into teaser_runs_
};

// What the brochure is called in a message: its pages, or a leaflet's panels.
std::string pages_of(BrochureFormat format, int page_count) {
    if (format == BrochureFormat::trifold) return fmt::format("leaflet's {} panels", page_count);
    if (format == BrochureFormat::booklet) return fmt::format("booklet's {} pages", page_count);
    return fmt::format("brochure's {} page{}", page_count, page_count == 1 ? "" : "s");
}

void report_unfitted(const BrochureContext& context, const VBox* unplaced, BrochureFormat format, int page_count,
                     bool chosen) {
    const std::string where = unplaced && !unplaced->field.empty() ? unplaced->field + ": " : "";
    Diagnostic diagnostic{Severity::error, context.profile.source_path, unplaced ? unplaced->position : SourcePosition{},
                          fmt::format("{}the text from here on does not fit the {}", where, pages_of(format, page_count)),
                          {}, Rule::does_not_fit, unplaced ? unplaced->field : std::string()};
    if (format == BrochureFormat::trifold) {
        diagnostic.hints.push_back("a booklet holds up to 12 pages (--format booklet); or shorten the texts");
    } else {
        diagnostic.hints.push_back(chosen ? "shorten this text or the texts before it"
                                          : "let the brochure choose its page count (--pages auto), or shorten the texts");
    }
    context.diagnostics.push_back(std::move(diagnostic));
}

}  // namespace

LayoutResult layout_brochure(const Profile& profile, const FontMetrics& metrics, const PageSpec& page,
                             const Hyphenator* hyphenator, int page_count, const BrochureImages& images,
                             BrochureFormat format) {
    LayoutResult result;
    // Before anything else reads the text: what cannot be drawn is not laid out.
    check_glyph_coverage(profile, metrics, result.diagnostics);
    if (has_errors(result.diagnostics)) return result;

    const FormatPlan plan = format_plan(format, page);
    const Labels labels = labels_for_profile(profile, result.diagnostics);
    const Palette palette = palette_for(profile, result.diagnostics);
    StructureTree structure;
    LineBreakMemory line_breaks;
    const double footer_height_pt = plan.folios == Folios::none ? 0 : theme::kFooterHeightPt;
    const BrochureContext context{profile,    metrics,           labels,     palette,
                                  images,     plan.page,         plan.columns, plan.side_margin_pt,
                                  footer_height_pt, hyphenator, result.diagnostics, structure, line_breaks};
    const BrochureLayout layout(context, plan);
    if (has_errors(result.diagnostics)) return result;

    std::optional<Attempt> chosen;
    const VBox* unplaced = nullptr;
    int largest_tried = 0;
    for (const int count : plan.page_counts) {
        if (page_count != 0 && count != page_count) continue;
        Attempt attempt = layout.on_pages(count);
        largest_tried = count;
        if (!attempt.fits) {
            unplaced = attempt.first_unplaced;
            continue;
        }
        const bool reads_well = attempt.most_blank <= kMostBlankBand;
        if (!chosen || attempt.most_blank < chosen->most_blank) chosen = std::move(attempt);
        if (reads_well) break;
    }
    if (largest_tried == 0) {
        context.diagnostics.push_back(Diagnostic{
            Severity::error, profile.source_path, {},
            fmt::format("a {} cannot have {} pages", format_name(format), page_count), {}, Rule::does_not_fit});
        return result;
    }
    if (!chosen) {
        report_unfitted(context, unplaced, format, largest_tried, page_count == 0);
        return result;
    }
    result.document = std::move(chosen->document);
    result.document.structure = std::move(structure);
    return result;
}

}  // namespace brochure
