#pragma once
// A trailer /ID that depends only on the file's content, so the same inputs always give
// the same bytes: a placeholder is written first, then replaced by a hash of the file.

#include <string>

#include "render/pdf/haru_document.hpp"

namespace brochure {

/// Adds `/ID [<00…00> <00…00>]` (two 16-byte strings of zeros) to the trailer.
/// Empty on success, else a one-line reason.
std::string add_document_id_placeholder(const HaruDocument& document);

/// Replaces both placeholder strings of the saved `pdf_bytes` with the MD5 digest of those
/// bytes (placeholder included), in place: the length and every offset stay the same.
/// Empty on success, else a one-line reason.
std::string fill_document_id(std::string& pdf_bytes);

}  // namespace brochure
