#include "render/pdf/structure_tree.hpp"

#include <hpdf_objects.h>

#include "render/pdf/text_string.hpp"

namespace brochure {

namespace {

class TreeWriter {
public:
    TreeWriter(const HaruDocument& document, const TaggedContent& content, const std::vector<HPDF_Page>& pages)
        : document_(document), pdf_(document.handle()), content_(content), pages_(pages) {}

    std::string write() {
        const auto& elements = content_.tree().elements();
        mark_shown();
        root_ = indirect_dict("StructTreeRoot");
        if (root_ == nullptr) return document_.failure("making the structure tree");
        dicts_.assign(elements.size(), nullptr);
        children_.assign(elements.size(), {});
        for (std::size_t e = 0; e < elements.size(); ++e) {
            if (!shown_[e]) continue;
            dicts_[e] = indirect_dict(nullptr);
            if (dicts_[e] == nullptr) return document_.failure("making a structure element");
            if (e > 0) children_[static_cast<std::size_t>(elements[e].parent)].push_back(e);
        }
        for (std::size_t e = 0; e < elements.size(); ++e)
            if (shown_[e] && !fill_element(e)) return document_.failure("writing a structure element");
        if (!link_root() || !write_parent_tree()) return document_.failure("writing the structure tree");
        return mark_catalog() ? std::string() : document_.failure("marking the document as tagged");
    }

private:
    // An element is written when it, or an element under it, shows something: an element
    // left empty by the layout (a field with no lines) would only confuse a reader.
    void mark_shown() {
        const auto& elements = content_.tree().elements();
        shown_.assign(elements.size(), false);
        shown_[0] = true;
        for (std::size_t e = elements.size(); e-- > 1;) {
            const auto id = static_cast<StructureId>(e);
            if (!content_.pieces_of(id).empty() || !content_.annotations_of(id).empty()) shown_[e] = true;
            if (shown_[e]) shown_[static_cast<std::size_t>(elements[e].parent)] = true;
        }
    }

    // An indirect dictionary of /Type `type`; none for a null type. (A structure element's
    // /Type is optional: leaving it out keeps the tree, and the file, smaller.)
    HPDF_Dict indirect_dict(const char* type) const {
        HPDF_Dict dict = HPDF_Dict_New(pdf_->mmgr);
        if (dict == nullptr || HPDF_Xref_Add(pdf_->xref, dict) != HPDF_OK) return nullptr;  // Xref_Add frees on failure
        return type == nullptr || HPDF_Dict_AddName(dict, "Type", type) == HPDF_OK ? dict : nullptr;
    }

    bool fill_element(std::size_t e) const {
        const StructureElement& element = content_.tree().elements()[e];
        const auto id = static_cast<StructureId>(e);
        HPDF_Dict dict = dicts_[e];
        HPDF_Dict parent = e == 0 ? root_ : dicts_[static_cast<std::size_t>(element.parent)];
        if (HPDF_Dict_AddName(dict, "S", structure_type_name(element.role)) != HPDF_OK ||
            HPDF_Dict_Add(dict, "P", parent) != HPDF_OK)
            return false;
        if (!element.alt.empty()) {
            void* alt = new_text_string(pdf_, element.alt);
            if (alt == nullptr || HPDF_Dict_Add(dict, "Alt", alt) != HPDF_OK) return false;
        }
        const std::vector<MarkedPiece>& pieces = content_.pieces_of(id);
        // The element's page: its marked content there is named by number alone.
        const bool has_page = !pieces.empty();
        const std::size_t own_page = has_page ? pieces.front().page : 0;
        if (has_page && HPDF_Dict_Add(dict, "Pg", pages_[own_page]) != HPDF_OK) return false;

        // The usual element, one piece of content on its own page, names it by number alone.
        if (pieces.size() == 1 && children_[e].empty() && content_.annotations_of(id).empty())
            return HPDF_Dict_AddNumber(dict, "K", pieces.front().mcid) == HPDF_OK;
        HPDF_Array kids = HPDF_Array_New(pdf_->mmgr);
        if (kids == nullptr || HPDF_Dict_Add(dict, "K", kids) != HPDF_OK) return false;
        for (const MarkedPiece& piece : pieces) {
            if (piece.page == own_page) {
                if (HPDF_Array_AddNumber(kids, piece.mcid) != HPDF_OK) return false;
                continue;
            }
            HPDF_Dict reference = HPDF_Dict_New(pdf_->mmgr);
            if (reference == nullptr || HPDF_Array_Add(kids, reference) != HPDF_OK ||
                HPDF_Dict_AddName(reference, "Type", "MCR") != HPDF_OK ||
                HPDF_Dict_Add(reference, "Pg", pages_[piece.page]) != HPDF_OK ||
                HPDF_Dict_AddNumber(reference, "MCID", piece.mcid) != HPDF_OK)
                return false;
        }
        for (std::size_t child : children_[e])
            if (HPDF_Array_Add(kids, dicts_[child]) != HPDF_OK) return false;
        for (const AnnotationPiece& annotation : content_.annotations_of(id)) {
            HPDF_Dict reference = HPDF_Dict_New(pdf_->mmgr);
            if (reference == nullptr || HPDF_Array_Add(kids, reference) != HPDF_OK ||
                HPDF_Dict_AddName(reference, "Type", "OBJR") != HPDF_OK ||
                HPDF_Dict_Add(reference, "Obj", annotation.annotation) != HPDF_OK ||
                HPDF_Dict_Add(reference, "Pg", pages_[annotation.page]) != HPDF_OK)
                return false;
        }
        return true;
    }

    bool link_root() const {
        HPDF_Array kids = HPDF_Array_New(pdf_->mmgr);
        return kids != nullptr && HPDF_Dict_Add(root_, "K", kids) == HPDF_OK && HPDF_Array_Add(kids, dicts_[0]) == HPDF_OK;
    }

    // Keys 0 to pages - 1 are the pages' (/StructParents): an array of the element of
    // each marked-content id. The annotations' (/StructParent) follow, one key each.
    bool write_parent_tree() const {
        HPDF_Dict tree = HPDF_Dict_New(pdf_->mmgr);
        HPDF_Array nums = HPDF_Array_New(pdf_->mmgr);
        if (tree == nullptr || nums == nullptr || HPDF_Dict_Add(root_, "ParentTree", tree) != HPDF_OK ||
            HPDF_Dict_Add(tree, "Nums", nums) != HPDF_OK)
            return false;
        int key = 0;
        for (std::size_t page = 0; page < pages_.size(); ++page, ++key) {
            HPDF_Array parents = HPDF_Array_New(pdf_->mmgr);
            if (parents == nullptr || HPDF_Array_AddNumber(nums, key) != HPDF_OK ||
                HPDF_Array_Add(nums, parents) != HPDF_OK ||
                HPDF_Dict_AddNumber(pages_[page], "StructParents", key) != HPDF_OK ||
                HPDF_Dict_AddName(pages_[page], "Tabs", "S") != HPDF_OK)
                return false;
            for (StructureId element : content_.page_elements(page))
                if (HPDF_Array_Add(parents, dicts_[static_cast<std::size_t>(element)]) != HPDF_OK) return false;
        }
        for (std::size_t e = 0; e < dicts_.size(); ++e)
            for (const AnnotationPiece& annotation : content_.annotations_of(static_cast<StructureId>(e))) {
                if (HPDF_Array_AddNumber(nums, key) != HPDF_OK || HPDF_Array_Add(nums, dicts_[e]) != HPDF_OK ||
                    HPDF_Dict_AddNumber(annotation.annotation, "StructParent", key) != HPDF_OK)
                    return false;
                ++key;
            }
        return HPDF_Dict_AddNumber(root_, "ParentTreeNextKey", key) == HPDF_OK;
    }

    bool mark_catalog() const {
        HPDF_Dict mark_info = HPDF_Dict_New(pdf_->mmgr);
        HPDF_Boolean marked = HPDF_Boolean_New(pdf_->mmgr, HPDF_TRUE);
        return mark_info != nullptr && marked != nullptr && HPDF_Dict_Add(mark_info, "Marked", marked) == HPDF_OK &&
               HPDF_Dict_Add(pdf_->catalog, "MarkInfo", mark_info) == HPDF_OK &&
               HPDF_Dict_Add(pdf_->catalog, "StructTreeRoot", root_) == HPDF_OK;
    }

    const HaruDocument& document_;
    HPDF_Doc pdf_;
    const TaggedContent& content_;
    const std::vector<HPDF_Page>& pages_;
    std::vector<bool> shown_;
    HPDF_Dict root_ = nullptr;
    std::vector<HPDF_Dict> dicts_;
    std::vector<std::vector<std::size_t>> children_;
};

}  // namespace

std::string write_structure_tree(const HaruDocument& document, const TaggedContent& content,
                                 const std::vector<HPDF_Page>& pages) {
    return TreeWriter(document, content, pages).write();
}

}  // namespace brochure
