#pragma once
// The document's logical structure, for tagged PDF: a tree of elements in reading order
// (headings, paragraphs, lists, figures, links) that the page items point into. What an
// item belongs to is its `tag`; an item with no element is an artifact (a band, a rule,
// a folio), which assistive technology skips.

#include <string>
#include <vector>

namespace brochure {

/// An element's index in its StructureTree.
using StructureId = int;

/// The tag of an item that belongs to no element: decoration or pagination.
inline constexpr StructureId kArtifact = -1;

/// What an element is, from the standard structure types of ISO 32000-1, 14.8.4.
enum class StructureRole {
    document,
    section,   ///< a heading and what it heads
    division,  ///< a group read together, as one video's card
    heading_1,
    heading_2,
    heading_3,
    paragraph,
    list,
    list_item,
    label,      ///< the term of a list item ("Founded")
    list_body,  ///< what it says ("1949")
    figure,     ///< read as its alternative text, never as its content
    link,
};

struct StructureElement {
    StructureRole role = StructureRole::paragraph;
    StructureId parent = kArtifact;  ///< kArtifact for the root alone
    std::string alt;                 ///< a figure's description in words
};

/// Elements in reading order: each element's children are the elements added under it,
/// in the order they were added. The root (a document element) is made with the tree.
class StructureTree {
public:
    StructureTree();

    static constexpr StructureId root() { return 0; }

    /// A new last child of `parent`.
    StructureId add(StructureId parent, StructureRole role, std::string alt = {});

    const std::vector<StructureElement>& elements() const { return elements_; }

private:
    std::vector<StructureElement> elements_;
};

}  // namespace brochure
