#include "render/pdf/document_metadata.hpp"

#include <fmt/format.h>

#include <ctime>

#include "render/pdf/pdf_coordinates.hpp"
#include "render/pdf/text_string.hpp"

namespace brochure {

namespace {

// A BCP 47 tag is ASCII letters, digits and hyphens; anything else would need escaping
// in the catalog and is certainly not a language tag.
bool is_language_tag(const std::string& tag) {
    if (tag.empty() || tag.size() > 35) return false;
    for (char c : tag) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '-';
        if (!allowed) return false;
    }
    return true;
}

std::string write_language(const HaruDocument& document, const std::string& lang) {
    if (lang.empty()) return {};
    if (!is_language_tag(lang)) return fmt::format("document language \"{}\" is not a language tag", lang);
    HPDF_Doc pdf = document.handle();
    HPDF_String value = HPDF_String_New(pdf->mmgr, lang.c_str(), nullptr);
    if (value == nullptr || HPDF_Dict_Add(pdf->catalog, "Lang", value) != HPDF_OK)
        return document.failure("setting the document language");
    return {};
}

// Viewers show the title in their title bar rather than the file name.
std::string write_viewer_preferences(const HaruDocument& document) {
    HPDF_Doc pdf = document.handle();
    HPDF_Dict preferences = HPDF_Dict_New(pdf->mmgr);
    HPDF_Boolean display_title = HPDF_Boolean_New(pdf->mmgr, HPDF_TRUE);
    const bool made = preferences != nullptr && display_title != nullptr &&
                      HPDF_Dict_Add(preferences, "DisplayDocTitle", display_title) == HPDF_OK &&
                      HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", preferences) == HPDF_OK;
    return made ? std::string() : document.failure("setting the viewer preferences");
}

std::string write_dates(const HaruDocument& document, long long seconds_since_epoch) {
    const auto seconds = static_cast<std::time_t>(seconds_since_epoch);
    std::tm utc{};
    if (::gmtime_r(&seconds, &utc) == nullptr)
        return fmt::format("source date {} cannot be converted to a date", seconds_since_epoch);
    // An explicit +00'00' offset: a bare Z is what some PDF/A paths of libharu mishandle.
    const HPDF_Date date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                         utc.tm_min,         utc.tm_sec,     '+',         0,
                         0};
    for (HPDF_InfoType type : {HPDF_INFO_CREATION_DATE, HPDF_INFO_MOD_DATE})
        if (HPDF_SetInfoDateAttr(document.handle(), type, date) != HPDF_OK)
            return document.failure(fmt::format("setting the document date from {}", seconds_since_epoch));
    return {};
}

// The document's Info dictionary, made and listed in the cross-reference table the first
// time it is asked for, as libharu makes it for its own setters.
HPDF_Dict info_dictionary(HPDF_Doc pdf) {
    if (pdf->info != nullptr) return pdf->info;
    HPDF_Dict info = HPDF_Dict_New(pdf->mmgr);
    if (info == nullptr || HPDF_Xref_Add(pdf->xref, info) != HPDF_OK) return nullptr;
    pdf->info = info;
    return info;
}

}  // namespace

std::string write_document_info(const HaruDocument& document, const DocumentInfo& info,
                                std::optional<long long> source_date_epoch) {
    // Our own text strings rather than libharu's UTF-8 encoder, which costs more to set up
    // (a 65,536-entry table) than the rest of these entries together, and cannot write a
    // code point beyond the Basic Multilingual Plane.
    const std::pair<const char*, const std::string*> fields[] = {
        {"Title", &info.title}, {"Author", &info.author}, {"Subject", &info.subject}, {"Keywords", &info.keywords}};
    HPDF_Doc pdf = document.handle();
    for (const auto& [key, value] : fields) {
        if (value->empty()) continue;
        HPDF_Dict dictionary = info_dictionary(pdf);
        void* text = dictionary == nullptr ? nullptr : new_text_string(pdf, *value);
        if (text == nullptr || HPDF_Dict_Add(dictionary, key, text) != HPDF_OK)
            return document.failure("setting the document information");
    }
    if (std::string reason = write_language(document, info.lang); !reason.empty()) return reason;
    if (std::string reason = write_viewer_preferences(document); !reason.empty()) return reason;
    if (source_date_epoch) return write_dates(document, *source_date_epoch);
    return {};
}

std::string write_outline(const HaruDocument& document, const std::vector<Bookmark>& bookmarks,
                          const std::vector<HPDF_Page>& pages, const std::vector<Page>& layout_pages) {
    if (bookmarks.empty()) return {};
    HPDF_Doc pdf = document.handle();
    for (const Bookmark& bookmark : bookmarks) {
        if (bookmark.page_index < 0 || static_cast<std::size_t>(bookmark.page_index) >= pages.size())
            return fmt::format("bookmark \"{}\" points at page {}, but the document has {}",
                               bookmark.title, bookmark.page_index + 1, pages.size());
        const std::size_t index = static_cast<std::size_t>(bookmark.page_index);
        const double top_pt = PageFrame::of(layout_pages[index]).y(bookmark.top_pt);
        // FitH: the page fills the window's width with the section at the top. (libharu
        // 2.3.0 refuses the XYZ form with a null zoom, which would keep the reader's zoom.)
        // The title libharu is given is replaced by our own text string.
        HPDF_Outline entry = HPDF_CreateOutline(pdf, nullptr, "", nullptr);
        void* title = new_text_string(pdf, bookmark.title);
        HPDF_Destination target = HPDF_Page_CreateDestination(pages[index]);
        const bool made = entry != nullptr && title != nullptr && target != nullptr &&
                          HPDF_Dict_Add(entry, "Title", title) == HPDF_OK &&
                          HPDF_Destination_SetFitH(target, static_cast<HPDF_REAL>(top_pt)) == HPDF_OK &&
                          HPDF_Outline_SetDestination(entry, target) == HPDF_OK;
        if (!made) return document.failure(fmt::format("adding the bookmark \"{}\"", bookmark.title));
    }
    if (HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE) != HPDF_OK)
        return document.failure("showing the bookmarks");
    return {};
}

std::string write_page_layout(const HaruDocument& document, bool facing_pages) {
    if (!facing_pages) return {};
    if (HPDF_SetPageLayout(document.handle(), HPDF_PAGE_LAYOUT_TWO_PAGE_RIGHT) != HPDF_OK)
        return document.failure("showing the pages as spreads");
    return {};
}

}  // namespace brochure
