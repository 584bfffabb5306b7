#pragma once
// Drawing one laid-out page onto a libharu page.

#include <hpdf.h>

#include <array>
#include <string>

#include "layout/document.hpp"
#include "render/pdf/haru_document.hpp"

namespace brochure {

/// The loaded libharu fonts, indexed by FontFace.
using HaruFonts = std::array<HPDF_Font, 4>;

/// Draws every item of `page` onto `haru_page` in order. Empty on success, else a
/// one-line reason naming the item that failed.
std::string draw_page(const HaruDocument& document, HPDF_Page haru_page, const Page& page,
                      const HaruFonts& fonts);

}  // namespace brochure
