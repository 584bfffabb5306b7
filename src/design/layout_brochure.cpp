#include "design/layout_brochure.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "core/utf8.hpp"
#include "design/blank_bands.hpp"
#include "design/blocks.hpp"
#include "design/brochure_context.hpp"
#include "design/cover.hpp"
#include "design/page_master.hpp"
#include "design/profile_texts.hpp"
#include "design/video_cards.hpp"

namespace brochure {

namespace {

// Spreading content evenly over the pages: the smallest share of each page's height that
// still holds it, found to within this.
constexpr double kFillPrecision = 0.01;
constexpr double kLeastFill = 0.2;
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
                {"the fonts cover Latin, Greek and Cyrillic; use another character"}});
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
};

class BrochureLayout {
public:
    BrochureLayout(const BrochureContext& context) : context_(context), runs_(brochure_flow(context)), air_(cover_air(context)) {
        first_top_pt_ = layout_cover(context, air_.least_pt).bottom_pt + kPartGap.natural_pt;
    }

    Attempt on_pages(int page_count) const {
        Attempt attempt;
        const auto pages = static_cast<std::size_t>(page_count);
        FlowLayout flow = flow_runs(runs_, region_of(), pages, kPartGap);
        if (!flow.fits) {
            attempt.first_unplaced = flow.first_unplaced;
            return attempt;
        }
        if (page_count > 1) flow = spread_evenly(flow, pages);
        attempt.fits = true;
        attempt.document.info = document_info(context_.profile);
        attempt.most_blank = 0;
        for (std::size_t i = 0; i < pages; ++i) {
            Page page = i < flow.pages.size() ? laid_out_page(flow.pages[i], i, attempt.document.bookmarks)
                                              : blank_page(context_.page);
            if (i > 0) add_header_band(context_, page);
            add_footer(context_, static_cast<int>(i), page_count, page);
            add_crop_marks(page);
            attempt.most_blank = std::max(attempt.most_blank, tallest_blank_band(page, context_.metrics));
            attempt.document.pages.push_back(std::move(page));
        }
        return attempt;
    }

private:
    std::function<Region(std::size_t)> region_of() const {
        return [this](std::size_t page) {
            return flow_region(context_, page == 0 ? first_top_pt_ : later_page_top_pt());
        };
    }

    // The same content on as many pages, each filled to the smallest common share of its
    // height that still holds it all, so that the last page is not left nearly empty.
    FlowLayout spread_evenly(const FlowLayout& natural, std::size_t pages) const {
        double low = kLeastFill, high = 1;
        FlowLayout best = natural;
        while (high - low > kFillPrecision) {
            const double middle = (low + high) / 2;
            FlowLayout trial = flow_runs(runs_, region_of(), pages, kPartGap, middle);
            if (trial.fits && !trial.overfull) {
                best = std::move(trial);
                high = middle;
            } else {
                low = middle;
            }
        }
        return best;
    }

    // One page of the flow in its region, the space it leaves shared out: on the first
    // page the cover takes its natural air back first, then half of what is left.
    Page laid_out_page(const PageFlow& flow, std::size_t index, std::vector<Bookmark>& bookmarks) const {
        Page page = blank_page(context_.page);
        Region region = region_of()(index);
        if (index == 0) {
            double content_pt = 0;
            for (std::size_t i = 0; i < flow.parts.size(); ++i)
                content_pt += flow.parts[i].height_pt + (i > 0 ? kPartGap.natural_pt : 0);
            const double slack_pt = std::max(0.0, region.area.height_pt - content_pt);
            const double restored_pt = std::min(slack_pt, air_.natural_pt - air_.least_pt);
            const double extra_pt = std::min((slack_pt - restored_pt) / 2, air_.most_pt - air_.natural_pt);
            const Cover cover = layout_cover(context_, air_.least_pt + restored_pt + extra_pt);
            page.items = cover.items;
            region = flow_region(context_, cover.bottom_pt + kPartGap.natural_pt);
        }
        PlacedFlow placed = place_page_flow(flow, region, kPartGap, theme::kMostStretchRatio);
        page.items.insert(page.items.end(), placed.items.begin(), placed.items.end());
        for (Bookmark& bookmark : placed.bookmarks) {
            bookmark.page_index = static_cast<int>(index);
            bookmarks.push_back(std::move(bookmark));
        }
        return page;
    }

    const BrochureContext& context_;
    std::vector<FlowRun> runs_;
    CoverAir air_;
    double first_top_pt_ = 0;
};

void report_unfitted(const BrochureContext& context, const VBox* unplaced, int page_count, bool chosen) {
    const std::string where = unplaced && !unplaced->field.empty() ? unplaced->field + ": " : "";
    Diagnostic diagnostic{Severity::error, context.profile.source_path, unplaced ? unplaced->position : SourcePosition{},
                          fmt::format("{}the text from here on does not fit the brochure's {} page{}", where, page_count,
                                      page_count == 1 ? "" : "s"),
                          {}};
    diagnostic.hints.push_back(chosen ? "shorten this text or the texts before it"
                                      : "let the brochure choose its page count (--pages auto), or shorten the texts");
    context.diagnostics.push_back(std::move(diagnostic));
}

}  // namespace

LayoutResult layout_brochure(const Profile& profile, const FontMetrics& metrics, const PageSpec& page,
                             const Hyphenator* hyphenator, int page_count) {
    LayoutResult result;
    // Before anything else reads the text: what cannot be drawn is not laid out.
    check_glyph_coverage(profile, metrics, result.diagnostics);
    if (has_errors(result.diagnostics)) return result;

    const Labels labels = labels_for_profile(profile, result.diagnostics);
    const BrochureContext context{profile, metrics, labels, page, hyphenator, result.diagnostics};
    const BrochureLayout layout(context);
    if (has_errors(result.diagnostics)) return result;

    std::optional<Attempt> chosen;
    const VBox* unplaced = nullptr;
    int largest_tried = 0;
    for (const int count : kPageCounts) {
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
    if (!chosen) {
        report_unfitted(context, unplaced, largest_tried, page_count == 0);
        return result;
    }
    result.document = std::move(chosen->document);
    return result;
}

}  // namespace brochure
