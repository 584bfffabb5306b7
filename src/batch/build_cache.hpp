#pragma once
// The record that lets a batch skip profiles whose PDF is already up to date: one small
// sidecar per PDF under OUT_DIR/.brochure-cache/, holding the hash of everything the PDF
// was made from and the hash of the PDF itself. One file per PDF, so shards sharing an
// output folder never write the same record.

#include <string>
#include <vector>

#include "batch/batch_input.hpp"
#include "fonts/font_files.hpp"

namespace brochure {

/// Name of the folder, inside the output folder, that holds the records.
inline constexpr const char* kCacheFolderName = ".brochure-cache";

/// Where the record of `input`'s PDF lives below `out_dir`.
std::string cache_record_path(const std::string& out_dir, const BatchInput& input);

/// Hash of what every profile of a run shares: the generator's version, the bytes of the
/// four fonts and `output_options` (every option that changes the PDF, as text). Reads the
/// fonts; on failure returns empty and sets `error`.
std::string run_key(const std::string& generator_version, const FontFiles& fonts,
                    const std::string& output_options, std::string& error);

/// Hash of one profile's inputs: the run's key, the profile's bytes and the hashes of
/// the image files it names (image_file_hashes).
std::string profile_key(const std::string& run_key, const std::string& profile_bytes,
                        const std::vector<std::string>& image_file_hashes);

/// True when the record at `record_path` says the PDF at `output_path` was made from
/// `key` and the PDF is still exactly the one made then.
bool is_up_to_date(const std::string& record_path, const std::string& output_path, const std::string& key);

/// Records that the PDF now at `output_path` was made from `key`. Empty on success, else
/// a one-line reason.
std::string record_build(const std::string& record_path, const std::string& output_path, const std::string& key);

}  // namespace brochure
