#include "fonts/subset_font.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <cerrno>
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

}  // namespace

std::string subset_font_to_file(const std::string& source_path,
                                const std::vector<char32_t>& code_points,
                                const std::string& target_path) {
    hb_blob_t* subset = subset_blob(source_path, code_points);
    if (subset == nullptr) return "cannot subset font " + source_path;
    unsigned length = 0;
    const char* data = hb_blob_get_data(subset, &length);
    std::ofstream out(target_path, std::ios::binary | std::ios::trunc);
    out.write(data, length);
    out.close();
    hb_blob_destroy(subset);
    if (!out) return "cannot write the subset of font " + source_path + ": " + std::strerror(errno);
    return {};
}

}  // namespace brochure
