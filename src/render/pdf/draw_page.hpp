#pragma once
// Drawing one laid-out page onto a libharu page.

#include <hpdf.h>

#include <string>

#include "layout/document.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/image_objects.hpp"
#include "render/pdf/load_fonts.hpp"
#include "render/pdf/render_pdf.hpp"
#include "render/pdf/tagged_content.hpp"

namespace brochure {

/// Draws every item of `page`, then its marks, onto `haru_page` in order, with colours in
/// `options.color_space` and links only when `options.links` is set. The libharu page must
/// already have the size of PageFrame::of(page). Empty on success, else a one-line reason
/// naming the item that failed. Images come from `images`, which embeds each once. Each
/// run of items of one element is marked content of that element, recorded in `tagged`
/// as on page `page_index`; the rest, the marks included, are artifacts.
std::string draw_page(const HaruDocument& document, HPDF_Page haru_page, const Page& page, std::size_t page_index,
                      const EmbeddedFonts& fonts, ImageObjects& images, const RenderOptions& options,
                      TaggedContent& tagged);

}  // namespace brochure
