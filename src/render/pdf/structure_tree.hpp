#pragma once
// The structure tree of a tagged PDF (ISO 32000-1, 14.7 and 14.8; ISO 14289-1 asks for
// it): one StructElem per element that shows something, its kids in reading order (its own
// marked content, then its child elements, then its link annotations as object
// references), the ParentTree that leads from marked content and annotations back to
// their elements, /StructParents and /Tabs /S on every page, and /MarkInfo in the catalog.
//
// libharu 2.3.0 has no API for any of this: the objects are made with its object layer
// (hpdf_objects.h: HPDF_Dict_New, HPDF_Array_New, HPDF_Xref_Add for indirect objects)
// and reach the pages and the catalog through the HPDF_Doc's public `catalog` and `xref`
// (hpdf_doc.h). Adding an indirect object to a dictionary or an array makes libharu write
// a reference to it, so elements can point at their parents and pages.

#include <string>
#include <vector>

#include "render/pdf/haru_document.hpp"
#include "render/pdf/tagged_content.hpp"

namespace brochure {

/// Writes the structure tree of `content` for the drawn `pages` (in order).
std::string write_structure_tree(const HaruDocument& document, const TaggedContent& content,
                                 const std::vector<HPDF_Page>& pages);

}  // namespace brochure
