#pragma once
// Where the tests find the project and the programs they check its output with.

#include <filesystem>
#include <string>
#include <vector>

#include "render/pdf/render_pdf.hpp"

namespace brochure::test {

/// The checkout the tests were built from.
std::filesystem::path source_dir();

/// The brochure executable under test.
std::filesystem::path brochure_executable();

/// The sample profile every end-to-end test renders.
std::filesystem::path sample_profile();

/// The sample profile's text without the fields that name image files (brand.logo,
/// cover_image, videos[].image), whose paths are relative to content/: for tests that
/// write it to a folder of their own. Its brand colours stay.
std::string sample_profile_text();

/// Every profile of content/ and tests/profiles/varied/, sorted: organisations large and
/// small, in several languages.
std::vector<std::filesystem::path> all_profiles();

/// The four Noto Sans faces in the checkout's fonts/ folder.
FontFiles project_fonts();

/// Fails the current test, naming the Debian package to install, when `tool` is not on
/// PATH. A missing checker must never let a test pass by skipping it.
void require_tool(const std::string& tool, const std::string& debian_package);

/// The PDF at `pdf` rewritten by qpdf with its object streams unpacked (streams kept as
/// they are), so that a test can find a dictionary entry in the bytes. qpdf writes each
/// dictionary on one line: `/Key << /Inner true >>`. Fails the test when qpdf cannot.
std::string unpacked_objects(const std::filesystem::path& pdf);

/// The same for PDF `bytes` in memory.
std::string unpacked_objects_of(const std::string& bytes);

}  // namespace brochure::test
