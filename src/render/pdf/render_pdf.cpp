#include "render/pdf/render_pdf.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>
#include <variant>
#include <vector>

#include "core/utf8.hpp"
#include "fonts/glyph_subset.hpp"

#include "render/pdf/compact_file.hpp"
#include "render/pdf/document_id.hpp"
#include "render/pdf/document_metadata.hpp"
#include "render/pdf/draw_page.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/load_fonts.hpp"
#include "render/pdf/page_boxes.hpp"
#include "render/pdf/conformance_parts.hpp"
#include "render/pdf/structure_tree.hpp"

namespace brochure {

namespace {

// The code points each face shows in `layout`, sorted and without repeats. Latin ones,
// nearly all of a brochure's tens of thousands of characters, are marked in a table
// rather than sorted.
FaceCodePoints used_code_points(const Document& layout) {
    constexpr std::size_t kFaces = std::tuple_size_v<FaceCodePoints>;
    std::array<std::vector<bool>, kFaces> latin_shown;
    FaceCodePoints others;
    for (std::vector<bool>& shown : latin_shown) shown.assign(kLatinCodePoints, false);
    for (const Page& page : layout.pages)
        for (const Item& item : page.items)
            if (const auto* run = std::get_if<TextRun>(&item)) {
                const auto face = static_cast<std::size_t>(run->face);
                // draw_page draws spaces after words that the layout only spaced apart.
                if (!run->text.empty()) latin_shown[face][U' '] = true;
                for (std::size_t index = 0; index < run->text.size();) {
                    const char32_t code_point = next_code_point(run->text, index);
                    if (code_point < kLatinCodePoints) latin_shown[face][code_point] = true;
                    else others[face].push_back(code_point);
                }
            }
    FaceCodePoints used;
    for (std::size_t face = 0; face < kFaces; ++face) {
        for (char32_t code_point = 0; code_point < kLatinCodePoints; ++code_point)
            if (latin_shown[face][code_point]) used[face].push_back(code_point);
        std::vector<char32_t>& rest = others[face];
        std::sort(rest.begin(), rest.end());
        rest.erase(std::unique(rest.begin(), rest.end()), rest.end());
        used[face].insert(used[face].end(), rest.begin(), rest.end());
    }
    return used;
}

// Empty when every item's tag is an artifact's or one of the document's elements.
std::string check_tags(const Document& layout) {
    const auto elements = static_cast<StructureId>(layout.structure.elements().size());
    for (std::size_t number = 1; number <= layout.pages.size(); ++number)
        for (const auto* items : {&layout.pages[number - 1].items, &layout.pages[number - 1].marks})
            for (const Item& item : *items)
                if (const StructureId tag = tag_of(item); tag != kArtifact && (tag < 0 || tag >= elements))
                    return fmt::format("page {}: an item belongs to structure element {}, but the document has {}",
                                       number, tag, elements);
    return {};
}

std::string render_into(const HaruDocument& document, const Document& layout, const RenderOptions& options,
                        RenderResult& result) {
    if (layout.pages.empty()) return "the document has no pages";
    if (std::string reason = check_tags(layout); !reason.empty()) return reason;
    if (options.color_space == ColorSpace::device_cmyk && !options.image_policy.conversion)
        return "CMYK output needs the print output profile's conversions (RenderOptions::image_policy.conversion)";
    HPDF_Doc pdf = document.handle();
    if (HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL) != HPDF_OK)
        return document.failure("enabling compression");

    EmbeddedFonts fonts{};
    if (std::string reason = load_fonts(document, options.fonts, used_code_points(layout), fonts, result.error_file);
        !reason.empty())
        return reason;

    std::vector<HPDF_Page> pages;
    ImageObjects images(document, options, layout);
    TaggedContent tagged(layout.structure);
    for (const Page& page : layout.pages) {
        const std::size_t number = pages.size() + 1;
        HPDF_Page haru_page = HPDF_AddPage(pdf);
        if (haru_page == nullptr) return document.failure(fmt::format("adding page {}", number));
        if (std::string reason = set_page_boxes(document, haru_page, page); !reason.empty())
            return fmt::format("page {}: {}", number, reason);
        if (std::string reason = draw_page(document, haru_page, page, pages.size(), fonts, images, options, tagged);
            !reason.empty()) {
            result.image_fault = images.fault();
            return fmt::format("page {}: {}", number, reason);
        }
        pages.push_back(haru_page);
    }
    if (std::string reason = write_structure_tree(document, tagged, pages); !reason.empty()) return reason;

    if (std::string reason = write_document_info(document, layout.info, options.source_date_epoch);
        !reason.empty())
        return reason;
    if (std::string reason = write_page_layout(document, layout.facing_pages); !reason.empty()) return reason;
    if (options.pdfx && !options.source_date_epoch) return "PDF/X needs the document's date (source_date_epoch)";
    if (std::string reason = write_conformance_parts(document, layout.info, options.source_date_epoch, options.pdfa,
                                                     options.pdfx, options.color_space);
        !reason.empty())
        return reason;
    if (options.pdfa)
        if (std::string reason = add_document_id_placeholder(document); !reason.empty()) return reason;
    if (std::string reason = write_outline(document, layout.bookmarks, pages, layout.pages);
        !reason.empty())
        return reason;
    if (std::string reason = write_compact_file(document, result.pdf_bytes); !reason.empty()) return reason;
    return options.pdfa ? fill_document_id(result.pdf_bytes) : std::string();
}

}  // namespace

RenderResult render_pdf(const Document& document, const RenderOptions& options) {
    HaruDocument haru;  // not const: libharu's error callback writes into it
    RenderResult result;
    if (!haru.valid()) {
        result.error = "cannot create a PDF document: out of memory";
        return result;
    }
    result.error = render_into(haru, document, options, result);
    if (!result.ok()) result.pdf_bytes.clear();
    return result;
}

}  // namespace brochure
