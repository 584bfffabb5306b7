#include "batch/build_cache.hpp"

#include <filesystem>
#include <system_error>

#include "io/content_hash.hpp"
#include "io/files.hpp"

namespace brochure {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFontBytes = 64u * 1024u * 1024u;
constexpr std::size_t kMaxPdfBytes = 256u * 1024u * 1024u;
constexpr std::size_t kMaxRecordBytes = 4096;

std::string record_text(const std::string& key, const std::string& pdf_hash) {
    return "input " + key + "\noutput " + pdf_hash + "\n";
}

// Records are written without the fsync the PDFs get (a few milliseconds a file on a
// disk): a record lost or emptied by a crash only makes the next build render that
// profile again.
std::string replace_record(const std::string& path, const std::string& text) {
    return write_file_atomically(path, text, Durability::no_fsync);
}

}  // namespace

std::string cache_record_path(const std::string& out_dir, const BatchInput& input) {
    fs::path record = fs::path(out_dir) / kCacheFolderName / input.relative_path;
    record.replace_extension(".pdf.key");
    return record.string();
}

std::string run_key(const std::string& generator_version, const FontFiles& fonts,
                    const std::string& output_options, std::string& error) {
    std::string font_hashes;
    for (const std::string* path : {&fonts.regular, &fonts.bold, &fonts.italic, &fonts.bold_italic}) {
        const ReadResult font = read_file(*path, kMaxFontBytes);
        if (!font.ok()) {
            error = "cannot read font " + *path + ": " + font.error;
            return {};
        }
        font_hashes += content_hash({font.bytes});
    }
    return content_hash({"brochure", generator_version, font_hashes, output_options});
}

std::string profile_key(const std::string& run_key, const std::string& profile_bytes,
                        const std::vector<std::string>& image_file_hashes) {
    std::string image_hashes;
    for (const std::string& hash : image_file_hashes) image_hashes += hash;
    return content_hash({run_key, profile_bytes, image_hashes});
}

bool is_up_to_date(const std::string& record_path, const std::string& output_path, const std::string& key) {
    const ReadResult record = read_file(record_path, kMaxRecordBytes);
    if (!record.ok() || record.bytes.rfind("input " + key + "\n", 0) != 0) return false;
    const ReadResult pdf = read_file(output_path, kMaxPdfBytes);
    return pdf.ok() && record.bytes == record_text(key, content_hash({pdf.bytes}));
}

std::string record_build(const std::string& record_path, const std::string& output_path, const std::string& key) {
    const ReadResult pdf = read_file(output_path, kMaxPdfBytes);
    if (!pdf.ok()) return output_path + ": " + pdf.error;
    std::error_code error;
    fs::create_directories(fs::path(record_path).parent_path(), error);
    if (error) return record_path + ": cannot create its folder: " + error.message();
    const std::string reason = replace_record(record_path, record_text(key, content_hash({pdf.bytes})));
    return reason.empty() ? reason : record_path + ": " + reason;
}

}  // namespace brochure
