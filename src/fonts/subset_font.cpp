#include "fonts/subset_font.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <cerrno>
#include <cstdint>
#include <string_view>
#include <cstring>
#include <fstream>

namespace brochure {

namespace {

// Runs HarfBuzz's subsetter; nullptr when it fails.
hb_blob_t* subset_blob(const std::string& source_path, const std::vector<char32_t>& code_points) {
    hb_blob_t* source = hb_blob_create_from_file_or_fail(source_path.c_str());
    if (source == nullptr) return nullptr;
    hb_face_t* face = hb_face_create(source, 0);
    hb_blob_destroy(source);

    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    hb_blob_t* result = nullptr;
    if (input != nullptr) {
        hb_set_t* unicodes = hb_subset_input_unicode_set(input);
        hb_set_add(unicodes, U' ');  // libharu sets characters beyond the BMP as spaces
        for (char32_t code_point : code_points) hb_set_add(unicodes, code_point);
        if (hb_face_t* subset = hb_subset_or_fail(face, input)) {
            result = hb_face_reference_blob(subset);
            hb_face_destroy(subset);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(face);
    return result;
}

std::uint32_t read_be(const std::string& bytes, std::size_t at, int size) {
    std::uint32_t value = 0;
    for (int i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

void write_be32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 3; i >= 0; --i, value >>= 8) bytes[at + static_cast<std::size_t>(i)] = static_cast<char>(value & 0xFF);
}

// A character a PostScript name, and so a PDF name written without escapes, may hold:
// printable ASCII but the delimiters.
bool allowed_in_postscript_name(std::uint32_t c) {
    return c > 0x20 && c < 0x7F && std::string_view("[](){}<>/%").find(static_cast<char>(c)) == std::string_view::npos;
}

// Replaces, in place, every character of the font's PostScript names (name ID 6) that a
// PDF name cannot hold unescaped with '-', and updates the name table's checksum. libharu
// writes that name into /BaseFont and /FontName as it is, so "Noto Sans" would corrupt the
// PDF. The length of every string stays the same, so no offset moves.
void make_postscript_names_valid(std::string& font) {
    if (font.size() < 12) return;
    const std::size_t table_count = read_be(font, 4, 2);
    for (std::size_t record = 12; record + 16 <= font.size() && record < 12 + table_count * 16; record += 16) {
        if (font.compare(record, 4, "name") != 0) continue;
        const std::size_t table = read_be(font, record + 8, 4);
        const std::size_t length = read_be(font, record + 12, 4);
        if (table + length > font.size() || length < 6) return;
        const std::size_t count = read_be(font, table + 2, 2);
        const std::size_t strings = table + read_be(font, table + 4, 2);
        for (std::size_t i = 0; i < count && table + 6 + (i + 1) * 12 <= table + length; ++i) {
            const std::size_t entry = table + 6 + i * 12;
            if (read_be(font, entry + 6, 2) != 6) continue;  // nameID: the PostScript name
            const std::uint32_t platform = read_be(font, entry, 2);
            const std::size_t at = strings + read_be(font, entry + 10, 2);
            const std::size_t size = read_be(font, entry + 8, 2);
            if (at + size > table + length) continue;
            const bool utf16 = platform == 0 || platform == 3;
            for (std::size_t c = at; c + (utf16 ? 2 : 1) <= at + size; c += utf16 ? 2 : 1) {
                const std::uint32_t code = read_be(font, c, utf16 ? 2 : 1);
                if (allowed_in_postscript_name(code)) continue;
                if (utf16) font[c] = '\0';
                font[c + (utf16 ? 1 : 0)] = '-';
            }
        }
        std::uint32_t checksum = 0;
        for (std::size_t word = table; word < table + length; word += 4) {
            std::uint32_t value = 0;
            for (std::size_t b = word; b < word + 4; ++b)
                value = (value << 8) | (b < table + length ? static_cast<unsigned char>(font[b]) : 0);
            checksum += value;
        }
        write_be32(font, record + 4, checksum);
        return;
    }
}

}  // namespace

std::string subset_font_to_file(const std::string& source_path,
                                const std::vector<char32_t>& code_points,
                                const std::string& target_path) {
    hb_blob_t* subset = subset_blob(source_path, code_points);
    if (subset == nullptr) return "cannot subset font " + source_path;
    unsigned length = 0;
    const char* data = hb_blob_get_data(subset, &length);
    std::string font(data, length);
    hb_blob_destroy(subset);
    make_postscript_names_valid(font);
    std::ofstream out(target_path, std::ios::binary | std::ios::trunc);
    out.write(font.data(), static_cast<std::streamsize>(font.size()));
    out.close();
    if (!out) return "cannot write the subset of font " + source_path + ": " + std::strerror(errno);
    return {};
}

}  // namespace brochure
