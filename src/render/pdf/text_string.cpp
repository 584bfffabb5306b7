#include "render/pdf/text_string.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace brochure {

namespace {

void append_unit(std::string& out, unsigned unit) {
    out += static_cast<char>(unit >> 8);
    out += static_cast<char>(unit & 0xFF);
}

}  // namespace

std::string utf16_text_string(std::string_view utf8) {
    std::string out;
    append_unit(out, 0xFEFF);
    for (std::size_t index = 0; index < utf8.size();) {
        const auto code_point = static_cast<unsigned>(next_code_point(utf8, index));
        if (code_point < 0x10000) {
            append_unit(out, code_point);
        } else {
            const unsigned offset = code_point - 0x10000;
            append_unit(out, 0xD800 + (offset >> 10));
            append_unit(out, 0xDC00 + (offset & 0x3FF));
        }
    }
    return out;
}

void* new_text_string(HPDF_Doc pdf, std::string_view utf8) {
    // Printable ASCII reads the same in PDFDocEncoding, at a quarter of the bytes.
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (ascii) {
        const std::string text(utf8);
        return HPDF_String_New(pdf->mmgr, text.c_str(), nullptr);
    }
    std::string bytes = utf16_text_string(utf8);
    return HPDF_Binary_New(pdf->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
}

}  // namespace brochure
