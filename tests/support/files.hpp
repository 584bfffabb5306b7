#pragma once
// Whole-file reads and writes for tests.

#include <filesystem>
#include <string>
#include <vector>

namespace brochure::test {

/// The bytes of the file at `path`; throws std::runtime_error when it cannot be read.
std::string read_bytes(const std::filesystem::path& path);

/// Replaces the file at `path` with `bytes`; throws std::runtime_error on failure.
void write_bytes(const std::filesystem::path& path, const std::string& bytes);

/// Names of the entries of `folder`, sorted.
std::vector<std::string> folder_entries(const std::filesystem::path& folder);

}  // namespace brochure::test
