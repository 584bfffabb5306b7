#include "layout/layout_brochure.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/utf8.hpp"
#include "layout/back_page.hpp"
#include "layout/front_page.hpp"
#include "layout/page_parts.hpp"
#include "layout/profile_texts.hpp"

namespace brochure {

namespace {

/// Every character the brochure prints must be drawable: a missing glyph would print as a
/// box, or as nothing. Checked against the regular and bold faces, which between them set
/// every field, for the texts and for the addresses printed under the QR codes.
void check_glyph_coverage(const Profile& profile, const FontMetrics& metrics, std::vector<Diagnostic>& diagnostics) {
    std::vector<std::pair<std::string, const Text*>> printed = profile_texts(profile);
    for (std::size_t i = 0; i < profile.videos.size(); ++i)
        printed.emplace_back("videos[" + std::to_string(i) + "].url", &profile.videos[i].url);
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

}  // namespace

LayoutResult layout_brochure(const Profile& profile, const FontMetrics& metrics, const PageSpec& page,
                             const Hyphenator* hyphenator) {
    LayoutResult result;
    // Before anything else reads the text: what cannot be drawn is not laid out.
    check_glyph_coverage(profile, metrics, result.diagnostics);
    if (has_errors(result.diagnostics)) return result;

    Document& document = result.document;
    document.info = document_info(profile);
    BrochureContext context{profile, metrics, page, labels_for(profile.lang.value), result.diagnostics,
                            document.bookmarks, hyphenator};
    document.pages.push_back(layout_front_page(context));
    document.pages.push_back(layout_back_page(context));
    const int page_count = static_cast<int>(document.pages.size());
    for (int i = 0; i < page_count; ++i) add_footer(context, i, page_count, document.pages[static_cast<std::size_t>(i)]);
    for (Page& laid_out : document.pages) add_crop_marks(laid_out);
    return result;
}

}  // namespace brochure
