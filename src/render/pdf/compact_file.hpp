#pragma once
// The document's objects written as a PDF file with object streams and a cross-reference
// stream (PDF 1.5), in place of libharu's own saving, which writes every object on its
// own and a cross-reference table: the dictionaries of a tagged brochure (structure
// elements, annotations, outlines, fonts) then take a fifth of the file. Streams are
// written as libharu makes them; every other object is packed into object streams,
// compressed with libdeflate. PDF/A-2, PDF/X-4 and PDF/UA-1 all allow both.

#include <string>

#include "render/pdf/haru_document.hpp"

namespace brochure {

/// `document` as PDF bytes in `bytes`; empty, or one line saying what failed.
std::string write_compact_file(const HaruDocument& document, std::string& bytes);

}  // namespace brochure
