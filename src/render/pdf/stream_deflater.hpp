#pragma once
// Deflating a PDF stream's data (/FlateDecode, zlib's format) with libdeflate, at the one
// level every stream but the images' samples is compressed with: the page contents, the
// fonts and their ToUnicode maps, the object and cross-reference streams.

#include <memory>
#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace brochure {

/// A compressor, made once for many streams: it holds over half a megabyte of tables.
class StreamDeflater {
public:
    StreamDeflater();
    ~StreamDeflater();
    StreamDeflater(const StreamDeflater&) = delete;
    StreamDeflater& operator=(const StreamDeflater&) = delete;

    /// `data` compressed; empty when libdeflate could not (out of memory).
    std::string deflated(std::string_view data) const;

private:
    libdeflate_compressor* compressor_;
};

}  // namespace brochure
