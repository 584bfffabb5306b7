#include "render/pdf/haru_document.hpp"

#include <fmt/format.h>

namespace brochure {

extern "C" {
// Records the first error only: libharu's errors are sticky, later ones are consequences.
static void record_haru_error(HPDF_STATUS error_code, HPDF_STATUS detail, void* user_data) {
    auto* document = static_cast<HaruDocument*>(user_data);
    if (document->first_error_code == 0) {
        document->first_error_code = error_code;
        document->first_error_detail = detail;
    }
}
}

namespace {

// Plain words for the errors a user can cause; the others are shown by code.
std::string_view meaning_of(HPDF_STATUS code) {
    switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
    case HPDF_FILE_OPEN_ERROR: return "cannot open file";
    case HPDF_FILE_IO_ERROR: return "file read error";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "the font's licence forbids embedding";
    case HPDF_TTF_INVALID_CMAP: return "unsupported cmap in font";
    case HPDF_TTF_INVALID_FOMAT: return "invalid TrueType font";
    case HPDF_TTF_MISSING_TABLE: return "font lacks a required table";
    case HPDF_INVALID_DATE_TIME: return "invalid date";
    case HPDF_PAGE_OUT_OF_RANGE: return "value out of range";
    case HPDF_PAGE_INVALID_SIZE: return "invalid page size";
    case HPDF_PAGE_INVALID_FONT_SIZE: return "invalid font size";
    default: return {};
    }
}

}  // namespace

HaruDocument::HaruDocument() : pdf_(HPDF_New(record_haru_error, this)) {}

HaruDocument::~HaruDocument() {
    if (pdf_ != nullptr) HPDF_Free(pdf_);
}

std::string HaruDocument::failure(std::string_view action) const {
    if (first_error_code == 0) return fmt::format("{}: libharu failed", action);
    const std::string_view meaning = meaning_of(first_error_code);
    if (meaning.empty())
        return fmt::format("{}: libharu error 0x{:04X} (detail {})", action, first_error_code,
                           first_error_detail);
    return fmt::format("{}: {} (libharu error 0x{:04X})", action, meaning, first_error_code);
}

}  // namespace brochure
