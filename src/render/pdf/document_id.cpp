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
    const std::size_t key = pdf_bytes.rfind("/ID");
    if (key == std::string::npos) return "the saved PDF has no document ID to fill in";
    const std::size_t first = pdf_bytes.find("<" + placeholder_hex() + ">", key);
    const std::size_t second =
        first == std::string::npos ? first : pdf_bytes.find("<" + placeholder_hex() + ">", first + 1);
    if (second == std::string::npos) return "the saved PDF's document ID is not the placeholder written";

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
