#include "render/pdf/compact_file.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "render/pdf/flate_filter.hpp"
#include "render/pdf/stream_deflater.hpp"

namespace brochure {

namespace {

// Objects per object stream: a reader inflates a whole stream to read one of its objects,
// so a document with thousands of objects is split; a brochure's fit in one.
constexpr std::size_t kObjectsPerStream = 1000;
// The widths of a cross-reference stream's three fields (its /W): the entry's type, then
// a byte offset or the number of the object stream holding it, then the generation or
// the index in that object stream.
constexpr std::array<int, 3> kFieldBytes{1, 4, 2};
constexpr std::uint64_t kLargestOffset = std::numeric_limits<std::uint32_t>::max();
// libharu's header: the version, then a comment of bytes above 127 that marks the file as
// binary to programs that guess (PDF/A and PDF/X ask for it).
constexpr std::string_view kBinaryComment = "%\xB7\xBE\xAD\xAA\n";

HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* data, HPDF_UINT size) {
    static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(data), size);
    return HPDF_OK;
}

// A libharu stream that appends what is written to it to a string.
class StringStream {
public:
    StringStream(HPDF_MMgr memory, std::string& into)
        : stream_(HPDF_CallbackWriter_New(memory, append_to_string, &into)) {}
    ~StringStream() {
        if (stream_) HPDF_Stream_Free(stream_);
    }
    StringStream(const StringStream&) = delete;
    StringStream& operator=(const StringStream&) = delete;
    HPDF_Stream get() const { return stream_; }

private:
    HPDF_Stream stream_;
};

bool is_stream(void* object) {
    const auto* header = static_cast<const HPDF_Obj_Header*>(object);
    return (header->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT && static_cast<HPDF_Dict>(object)->stream != nullptr;
}

// Replaces the data of the stream `dict`, which libharu would deflate with zlib as it
// wrote it, by the same data deflated with `deflater`, and makes libharu write it as it
// is with /FlateDecode named. Left as they are: a stream with a filter of another kind or
// a hook of its own, such as the images and fonts, deflated when they were made. False when
// out of memory.
bool deflate_in_advance(HPDF_Dict dict, const StreamDeflater& deflater) {
    if (dict->filter != HPDF_STREAM_FILTER_FLATE_DECODE || dict->write_fn != nullptr) return true;
    std::string raw(dict->stream->size, '\0');
    auto size = static_cast<HPDF_UINT>(raw.size());
    if (HPDF_Stream_Seek(dict->stream, 0, HPDF_SEEK_SET) != HPDF_OK) return false;
    const HPDF_STATUS read = HPDF_Stream_Read(dict->stream, reinterpret_cast<HPDF_BYTE*>(raw.data()), &size);
    if ((read != HPDF_OK && read != HPDF_STREAM_EOF) || size != raw.size()) return false;
    const std::string data = deflater.deflated(raw);
    if (data.empty()) return false;
    HPDF_Stream compressed = HPDF_MemStream_New(dict->mmgr, static_cast<HPDF_UINT>(data.size()));
    if (!compressed || HPDF_Stream_Write(compressed, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                         static_cast<HPDF_UINT>(data.size())) != HPDF_OK) {
        if (compressed) HPDF_Stream_Free(compressed);
        return false;
    }
    HPDF_Stream_Free(dict->stream);
    dict->stream = compressed;
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = name_flate_filter;
    return true;
}

// One row of the cross-reference stream.
struct XrefRow {
    std::uint8_t type = 0;     ///< 0 free, 1 at an offset, 2 in an object stream
    std::uint64_t where = 0;   ///< the offset, or the object stream's number
    std::uint32_t index = 0;   ///< the generation (0, or 65535 for the free head), or the index
};

void append_big_endian(std::string& into, std::uint64_t value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) into += static_cast<char>((value >> shift) & 0xFF);
}

// The objects packed in one object stream: their numbers and where each begins.
struct PackedObjects {
    std::vector<std::pair<std::size_t, std::size_t>> numbers_and_offsets;
    std::string bodies;
};

// Writes `packed` as object `number`, an object stream, at the end of `file`.
std::string write_object_stream(const PackedObjects& packed, std::size_t number, const StreamDeflater& deflater,
                                std::string& file) {
    std::string index;
    for (const auto& [object, offset] : packed.numbers_and_offsets) index += fmt::format("{} {} ", object, offset);
    const std::string data = deflater.deflated(index + packed.bodies);
    if (data.empty()) return "compressing an object stream";
    file += fmt::format("{} 0 obj\n<< /Type /ObjStm /N {} /First {} /Filter /FlateDecode /Length {} >>\nstream\n", number,
                        packed.numbers_and_offsets.size(), index.size(), data.size());
    file += data;
    file += "\nendstream\nendobj\n";
    return {};
}

}  // namespace

std::string write_compact_file(const HaruDocument& document, std::string& bytes) {
    HPDF_Doc pdf = document.handle();
    if (pdf->pdf_version < HPDF_VER_15) return "object streams need PDF 1.5 or later";
    std::string& file = bytes;
    file = fmt::format("%PDF-1.{}\n", 2 + static_cast<int>(pdf->pdf_version - HPDF_VER_12));
    file += kBinaryComment;

    // Each object in libharu's order, which puts a stream before the number object that
    // is its /Length: writing the stream sets that number, so it is packed afterwards.
    HPDF_Xref xref = pdf->xref;
    std::vector<XrefRow> rows(xref->entries->count);
    rows[0] = {0, 0, 0xFFFF};
    std::vector<PackedObjects> packs(1);
    std::vector<std::size_t> pack_of_object(xref->entries->count, 0);
    std::string body;
    const StringStream to_file(pdf->mmgr, file), to_body(pdf->mmgr, body);
    if (!to_file.get() || !to_body.get()) return "writing the PDF: out of memory";
    const StreamDeflater deflater;
    for (HPDF_UINT number = 1; number < xref->entries->count; ++number) {
        void* object = HPDF_Xref_GetEntry(xref, number)->obj;
        if (is_stream(object)) {
            if (!deflate_in_advance(static_cast<HPDF_Dict>(object), deflater))
                return fmt::format("compressing object {}", number);
            rows[number] = {1, file.size(), 0};
            file += fmt::format("{} 0 obj\n", number);
            if (HPDF_Obj_WriteValue(object, to_file.get(), nullptr) != HPDF_OK)
                return document.failure(fmt::format("writing object {}", number));
            file += "\nendobj\n";
            continue;
        }
        if (packs.back().numbers_and_offsets.size() == kObjectsPerStream) packs.emplace_back();
        PackedObjects& pack = packs.back();
        body.clear();
        if (HPDF_Obj_WriteValue(object, to_body.get(), nullptr) != HPDF_OK)
            return document.failure(fmt::format("writing object {}", number));
        pack.numbers_and_offsets.emplace_back(number, pack.bodies.size());
        pack.bodies += body;
        pack.bodies += '\n';
        rows[number] = {2, 0, static_cast<std::uint32_t>(pack.numbers_and_offsets.size() - 1)};
        pack_of_object[number] = packs.size() - 1;
    }


    // The object streams take the numbers after libharu's, the cross-reference stream the last.
    const std::size_t first_pack_number = xref->entries->count;
    for (std::size_t pack = 0; pack < packs.size(); ++pack) {
        rows.push_back({1, file.size(), 0});
        if (std::string reason = write_object_stream(packs[pack], first_pack_number + pack, deflater, file);
            !reason.empty())
            return reason;
    }
    for (std::size_t number = 1; number < first_pack_number; ++number)
        if (rows[number].type == 2) rows[number].where = first_pack_number + pack_of_object[number];
    const std::size_t xref_number = rows.size();
    const std::size_t xref_offset = file.size();
    rows.push_back({1, xref_offset, 0});
    if (xref_offset > kLargestOffset) return "the PDF is larger than 4 GiB";

    std::string table;
    for (const XrefRow& row : rows) {
        append_big_endian(table, row.type, kFieldBytes[0]);
        append_big_endian(table, row.where, kFieldBytes[1]);
        append_big_endian(table, row.index, kFieldBytes[2]);
    }
    const std::string data = deflater.deflated(table);
    if (data.empty()) return "compressing the cross-reference stream";

    // The trailer's entries (libharu's document ID among them) become the stream's dictionary.
    HPDF_Dict trailer = xref->trailer;
    HPDF_Array widths = HPDF_Array_New(pdf->mmgr);
    bool made = widths != nullptr && HPDF_Dict_Add(trailer, "W", widths) == HPDF_OK;
    for (const int width : kFieldBytes) made = made && HPDF_Array_AddNumber(widths, width) == HPDF_OK;
    made = made && HPDF_Dict_AddName(trailer, "Type", "XRef") == HPDF_OK &&
           HPDF_Dict_AddNumber(trailer, "Size", static_cast<HPDF_INT32>(rows.size())) == HPDF_OK &&
           HPDF_Dict_Add(trailer, "Root", pdf->catalog) == HPDF_OK &&
           (pdf->info == nullptr || HPDF_Dict_Add(trailer, "Info", pdf->info) == HPDF_OK) &&
           HPDF_Dict_AddName(trailer, "Filter", "FlateDecode") == HPDF_OK &&
           HPDF_Dict_AddNumber(trailer, "Length", static_cast<HPDF_INT32>(data.size())) == HPDF_OK;
    if (!made) return document.failure("making the cross-reference stream");
    file += fmt::format("{} 0 obj\n", xref_number);
    if (HPDF_Obj_WriteValue(trailer, to_file.get(), nullptr) != HPDF_OK)
        return document.failure("writing the cross-reference stream");
    file += "\nstream\n";
    file += data;
    file += fmt::format("\nendstream\nendobj\nstartxref\n{}\n%%EOF\n", xref_offset);
    return {};
}

}  // namespace brochure
