#include "fonts/utf8_decode.hpp"

namespace brochure {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

std::vector<char32_t> code_points_from_utf8(std::string_view utf8) {
    std::vector<char32_t> code_points;
    code_points.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = 0;
        char32_t value = 0;
        char32_t smallest = 0;  // rejects overlong encodings
        if (lead < 0x80) {
            length = 1, value = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2, value = lead & 0x1F, smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, value = lead & 0x0F, smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, value = lead & 0x07, smallest = 0x10000;
        }
        bool valid = length > 0 && i + length <= utf8.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto byte = static_cast<unsigned char>(utf8[i + k]);
            valid = is_continuation(byte);
            value = (value << 6) | (byte & 0x3F);
        }
        valid = valid && value >= smallest && value <= 0x10FFFF &&
                !(value >= 0xD800 && value <= 0xDFFF);
        if (valid) {
            code_points.push_back(value);
            i += length;
        } else {
            code_points.push_back(kReplacement);
            i += 1;
        }
    }
    return code_points;
}

}  // namespace brochure
