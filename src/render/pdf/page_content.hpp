#pragma once
// Writing operators straight into a page's content stream.
//
// libharu 2.3.0 has no operators for marked content, glyph-id strings or fonts it did not
// load itself, so those are written into the `stream` of the page's HPDF_PageAttr
// (hpdf_pages.h), in order with libharu's own operators. libharu's graphics-state
// bookkeeping never sees them: a text object written here is begun and ended here, and
// between its operators only libharu's colour operators are used, which its bookkeeping
// allows anywhere.

#include <hpdf.h>

#include <string>
#include <string_view>

namespace brochure {

/// Appends `operators` to the content stream of `page`; false when writing fails.
bool write_page_operators(HPDF_Page page, std::string_view operators);

/// `value` as a PDF number to 1/1000 of a unit, without trailing zeros: "12.5", "-3", "0".
std::string pdf_number(double value);

/// The value pdf_number(value) writes: what a reader takes `value` to be.
double pdf_rounded(double value);

/// `value` to `decimals` decimals, without trailing zeros.
std::string pdf_number(double value, int decimals);

}  // namespace brochure
