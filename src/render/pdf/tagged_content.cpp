#include "render/pdf/tagged_content.hpp"

#include <fmt/format.h>

#include "render/pdf/page_content.hpp"

namespace brochure {

const char* structure_type_name(StructureRole role) {
    switch (role) {
        case StructureRole::document: return "Document";
        case StructureRole::section: return "Sect";
        case StructureRole::division: return "Div";
        case StructureRole::heading_1: return "H1";
        case StructureRole::heading_2: return "H2";
        case StructureRole::heading_3: return "H3";
        case StructureRole::paragraph: return "P";
        case StructureRole::list: return "L";
        case StructureRole::list_item: return "LI";
        case StructureRole::label: return "Lbl";
        case StructureRole::list_body: return "LBody";
        case StructureRole::figure: return "Figure";
        case StructureRole::link: return "Link";
    }
    return "Span";
}

TaggedContent::TaggedContent(const StructureTree& tree)
    : tree_(tree), pieces_(tree.elements().size()), annotations_(tree.elements().size()) {}

int TaggedContent::add_piece(std::size_t page, StructureId element) {
    if (page_elements_.size() <= page) page_elements_.resize(page + 1);
    const int mcid = static_cast<int>(page_elements_[page].size());
    page_elements_[page].push_back(element);
    pieces_[index(element)].push_back({page, mcid});
    return mcid;
}

void TaggedContent::add_annotation(std::size_t page, StructureId element, HPDF_Annotation annotation) {
    annotations_[index(element)].push_back({page, annotation});
}

const std::vector<StructureId>& TaggedContent::page_elements(std::size_t page) const {
    static const std::vector<StructureId> none;
    return page < page_elements_.size() ? page_elements_[page] : none;
}

bool PageMarker::write(const std::string& operators) const { return write_page_operators(page_, operators); }

bool PageMarker::begin(StructureId tag) {
    if (!end()) return false;
    open_ = true;
    tag_ = tag;
    if (tag == kArtifact) return write("/Artifact BMC\n");
    const StructureRole role = content_.tree().elements()[static_cast<std::size_t>(tag)].role;
    const int mcid = content_.add_piece(page_index_, tag);
    return write(fmt::format("/{} <</MCID {}>> BDC\n", structure_type_name(role), mcid));
}

bool PageMarker::end() {
    if (!open_) return true;
    open_ = false;
    return write("EMC\n");
}

}  // namespace brochure
