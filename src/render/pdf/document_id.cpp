#include "render/pdf/document_id.hpp"

#include <hpdf_encrypt.h>

#include <array>

#include <fmt/format.h>

namespace brochure {

namespace {

constexpr std::size_t kIdBytes = 16;

const std::string& placeholder_hex() {
    static const std::string zeros(2 * kIdBytes, '0');
    return zeros;
}

}  // namespace

std::string add_document_id_placeholder(const HaruDocument& document) {
    HPDF_Doc pdf = document.handle();
    std::array<HPDF_BYTE, kIdBytes> zeros{};
    HPDF_Array id = HPDF_Array_New(pdf->mmgr);
    const bool made = id != nullptr &&
                      HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, zeros.data(), kIdBytes)) == HPDF_OK &&
                      HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, zeros.data(), kIdBytes)) == HPDF_OK &&
                      HPDF_Dict_Add(pdf->trailer, "ID", id) == HPDF_OK;
    return made ? std::string() : document.failure("adding the document ID");
}

std::string fill_document_id(std::string& pdf_bytes) {
    // The two placeholders as libharu writes the array, found from the end: the trailer
    // dictionary is near it, and compressed data cannot hold 64 zero digits in a row.
    const std::string hex_zeros = "<" + placeholder_hex() + ">";
    const std::size_t first = pdf_bytes.rfind(hex_zeros + " " + hex_zeros);
    if (first == std::string::npos) return "the saved PDF has no document ID placeholder to fill in";
    const std::size_t second = first + hex_zeros.size() + 1;

    HPDF_MD5_CTX context;
    HPDF_MD5Init(&context);
    HPDF_MD5Update(&context, reinterpret_cast<const HPDF_BYTE*>(pdf_bytes.data()),
                   static_cast<HPDF_UINT32>(pdf_bytes.size()));
    std::array<HPDF_BYTE, kIdBytes> digest{};
    HPDF_MD5Final(digest.data(), &context);
    std::string hex;
    for (const HPDF_BYTE byte : digest) hex += fmt::format("{:02X}", byte);
    pdf_bytes.replace(first + 1, hex.size(), hex);
    pdf_bytes.replace(second + 1, hex.size(), hex);
    return {};
}

}  // namespace brochure
