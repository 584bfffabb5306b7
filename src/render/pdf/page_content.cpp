#include "render/pdf/page_content.hpp"

#include <hpdf_pages.h>
#include <fmt/format.h>

#include <cmath>

namespace brochure {

namespace {

// Content-stream numbers are written to a thousandth of a point (1/72000 inch): far finer
// than any output device, and short.
constexpr double kNumberSteps = 1000;

}  // namespace

bool write_page_operators(HPDF_Page page, std::string_view operators) {
    const auto attributes = static_cast<HPDF_PageAttr>(page->attr);
    return attributes != nullptr &&
           HPDF_Stream_Write(attributes->stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                             static_cast<HPDF_UINT>(operators.size())) == HPDF_OK;
}

std::string pdf_number(double value) {
    const double steps = std::round(value * kNumberSteps);
    if (steps == 0) return "0";  // never "-0"
    std::string text = fmt::format("{:.3f}", steps / kNumberSteps);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
}

}  // namespace brochure
