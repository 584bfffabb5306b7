#pragma once
// Marked content (ISO 32000-1, 14.6): each run of a page's items that belongs to one
// structure element is wrapped in "/Role <</MCID n>> BDC … EMC", each run of artifacts
// in "/Artifact BMC … EMC", and every piece and every link annotation is recorded for the
// structure tree written after the pages.
//
// libharu 2.3.0 has no operator for marked content: they are written with
// write_page_operators (page_content.hpp), always outside a text object.

#include <hpdf.h>

#include <cstddef>
#include <string>
#include <vector>

#include "layout/structure.hpp"

namespace brochure {

/// The name of `role` as a standard structure type: "P", "H1", "Figure"…
const char* structure_type_name(StructureRole role);

/// A piece of an element's content: marked content `mcid` on page `page`.
struct MarkedPiece {
    std::size_t page = 0;
    int mcid = 0;
};

/// A link annotation of an element, on page `page`.
struct AnnotationPiece {
    std::size_t page = 0;
    HPDF_Annotation annotation = nullptr;
};

/// What the pages' marked content and annotations belong to, filled in while they are drawn.
/// Every element given to it must be one of the tree's (render_pdf checks the tags first).
class TaggedContent {
public:
    explicit TaggedContent(const StructureTree& tree);

    const StructureTree& tree() const { return tree_; }

    /// A new marked-content id on page `page` (0-based, pages drawn in order) for `element`.
    int add_piece(std::size_t page, StructureId element);
    /// Records `annotation` on page `page` as belonging to `element`.
    void add_annotation(std::size_t page, StructureId element, HPDF_Annotation annotation);

    const std::vector<MarkedPiece>& pieces_of(StructureId element) const { return pieces_[index(element)]; }
    const std::vector<AnnotationPiece>& annotations_of(StructureId element) const {
        return annotations_[index(element)];
    }
    /// The element of each marked-content id of page `page`, by id.
    const std::vector<StructureId>& page_elements(std::size_t page) const;
    std::size_t page_count() const { return page_elements_.size(); }

private:
    static std::size_t index(StructureId element) { return static_cast<std::size_t>(element); }

    const StructureTree& tree_;
    std::vector<std::vector<MarkedPiece>> pieces_;
    std::vector<std::vector<AnnotationPiece>> annotations_;
    std::vector<std::vector<StructureId>> page_elements_;
};

/// Writes marked-content operators into one page's content stream as its items are drawn.
class PageMarker {
public:
    PageMarker(HPDF_Page page, std::size_t page_index, TaggedContent& content)
        : page_(page), page_index_(page_index), content_(content) {}

    /// Whether the content drawn next needs a new sequence for `tag` (an element, or
    /// kArtifact): the caller ends any text object first, then calls begin().
    bool changes_to(StructureId tag) const { return !open_ || tag != tag_; }
    /// Ends the open sequence, if any, and begins one for `tag`; false when writing fails.
    bool begin(StructureId tag);
    /// Ends the open sequence, if any; false when writing fails.
    bool end();

private:
    bool write(const std::string& operators) const;

    HPDF_Page page_;
    std::size_t page_index_;
    TaggedContent& content_;
    bool open_ = false;
    StructureId tag_ = kArtifact;
};

}  // namespace brochure
