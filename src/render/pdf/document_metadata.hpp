#pragma once
// The document-level parts of the PDF: the Info dictionary, the language of the catalog,
// the dates, and the outline (bookmarks).

#include <optional>
#include <string>
#include <vector>

#include "layout/document.hpp"
#include "render/pdf/haru_document.hpp"

namespace brochure {

/// Writes title, author, subject and keywords (UTF-8, stored as PDF text strings: as written when
/// printable ASCII, else UTF-16BE),
/// the catalog's /Lang, viewer preferences that show the title, and, when `source_date_epoch` is set (seconds since 1970, UTC),
/// the creation and modification dates. Empty on success, else a one-line reason.
std::string write_document_info(const HaruDocument& document, const DocumentInfo& info,
                                std::optional<long long> source_date_epoch);

/// Asks viewers to show the pages as spreads, the first page alone, when `facing_pages`
/// (a booklet); else leaves the viewer's default. Empty on success, else a one-line reason.
std::string write_page_layout(const HaruDocument& document, bool facing_pages);

/// Adds one outline entry per bookmark, each opening its page with its top at the window's top. `pages` are the
/// document's libharu pages in order. Empty on success, else a one-line reason.
std::string write_outline(const HaruDocument& document, const std::vector<Bookmark>& bookmarks,
                          const std::vector<HPDF_Page>& pages, const std::vector<Page>& layout_pages);

}  // namespace brochure
