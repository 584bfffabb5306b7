#include "render/pdf/page_content.hpp"

#include <hpdf_pages.h>

#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace brochure {

namespace {

// Content-stream numbers are written to a thousandth of a point (1/72000 inch): far finer
// than any output device, and short.
constexpr int kNumberDecimals = 3;

}  // namespace

bool write_page_operators(HPDF_Page page, std::string_view operators) {
    const auto attributes = static_cast<HPDF_PageAttr>(page->attr);
    return attributes != nullptr &&
           HPDF_Stream_Write(attributes->stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                             static_cast<HPDF_UINT>(operators.size())) == HPDF_OK;
}

std::string pdf_number(double value) { return pdf_number(value, kNumberDecimals); }

double pdf_rounded(double value) {
    const double step_count = std::pow(10.0, kNumberDecimals);
    return std::round(value * step_count) / step_count;
}

std::string pdf_number(double value, int decimals) {
    const double step_count = std::pow(10.0, decimals);
    const double steps = std::round(value * step_count);
    if (steps == 0) return "0";  // never "-0"
    // to_chars writes the exact decimal expansion, rounded, as printf's %.*f does, and
    // without fmt's parsing of a format string: content streams hold thousands of numbers.
    // The buffer holds any double's integer part (309 digits) and the decimals asked for.
    std::array<char, 512> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), steps / step_count,
                                            std::chars_format::fixed, decimals);
    if (error != std::errc()) throw std::logic_error("pdf_number asked for more decimals than it can write");
    std::string text(buffer.data(), end);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
}

}  // namespace brochure
