#include "render/pdf/page_boxes.hpp"

#include "render/pdf/pdf_coordinates.hpp"

namespace brochure {

namespace {

// Adds `key` to the page dictionary: the trim area grown by `grow_pt` on each side.
bool add_box(const HaruDocument& document, HPDF_Page haru_page, const char* key, const PageFrame& frame,
             double grow_pt) {
    const HPDF_Box box{static_cast<HPDF_REAL>(frame.x(-grow_pt)),
                       static_cast<HPDF_REAL>(frame.y(frame.trim_height_pt + grow_pt)),
                       static_cast<HPDF_REAL>(frame.x(frame.trim_width_pt + grow_pt)),
                       static_cast<HPDF_REAL>(frame.y(-grow_pt))};
    HPDF_Array array = HPDF_Box_Array_New(document.handle()->mmgr, box);
    return array != nullptr && HPDF_Dict_Add(haru_page, key, array) == HPDF_OK;
}

}  // namespace

std::string set_page_boxes(const HaruDocument& document, HPDF_Page haru_page, const Page& page) {
    const PageFrame frame = PageFrame::of(page);
    if (HPDF_Page_SetWidth(haru_page, static_cast<HPDF_REAL>(frame.media_width_pt())) != HPDF_OK ||
        HPDF_Page_SetHeight(haru_page, static_cast<HPDF_REAL>(frame.media_height_pt())) != HPDF_OK)
        return document.failure("setting the page size");
    if (frame.margin_pt <= 0) return {};
    if (!add_box(document, haru_page, "TrimBox", frame, 0) ||
        !add_box(document, haru_page, "BleedBox", frame, page.bleed_pt))
        return document.failure("setting the trim and bleed boxes");
    return {};
}

}  // namespace brochure
