#include "layout/structure.hpp"

#include <stdexcept>

namespace brochure {

StructureTree::StructureTree() { elements_.push_back({StructureRole::document, kArtifact, {}}); }

StructureId StructureTree::add(StructureId parent, StructureRole role, std::string alt) {
    if (parent < 0 || static_cast<std::size_t>(parent) >= elements_.size())
        throw std::logic_error("a structure element's parent must be made before it");
    elements_.push_back({role, parent, std::move(alt)});
    return static_cast<StructureId>(elements_.size() - 1);
}

}  // namespace brochure
