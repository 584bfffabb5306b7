#include "support/tools.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace brochure::test {

std::filesystem::path source_dir() { return BROCHURE_SOURCE_DIR; }

std::filesystem::path brochure_executable() { return BROCHURE_EXECUTABLE; }

std::filesystem::path sample_profile() { return source_dir() / "content" / "nato.yaml"; }

std::string sample_profile_text() {
    std::istringstream lines(read_bytes(sample_profile()));
    std::string text;
    for (std::string line; std::getline(lines, line);) {
        const std::string field = line.substr(line.find_first_not_of(' ') == std::string::npos ? 0 : line.find_first_not_of(' '));
        if (field.starts_with("logo:") || field.starts_with("cover_image:") || field.starts_with("image:")) continue;
        text += line + "\n";
    }
    return text;
}

std::vector<std::filesystem::path> all_profiles() {
    std::vector<std::filesystem::path> profiles;
    for (const auto& folder : {source_dir() / "content", source_dir() / "tests" / "profiles" / "varied"})
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".yaml") profiles.push_back(entry.path());
    std::sort(profiles.begin(), profiles.end());
    return profiles;
}

FontFiles project_fonts() {
    const auto fonts = source_dir() / "fonts";
    return {(fonts / "NotoSans-Regular.ttf").string(), (fonts / "NotoSans-Bold.ttf").string(),
            (fonts / "NotoSans-Italic.ttf").string(), (fonts / "NotoSans-BoldItalic.ttf").string()};
}

void require_tool(const std::string& tool, const std::string& debian_package) {
    if (!tool_on_path(tool)) {
        FAIL(tool << " is not installed: it comes with the Debian package " << debian_package
                  << " (scripts/install-deps installs it)");
    }
}

std::string unpacked_objects(const std::filesystem::path& pdf) {
    require_tool("qpdf", "qpdf");
    const TempDir folder("unpacked");
    const std::filesystem::path unpacked = folder.path() / "unpacked.pdf";
    const CommandResult rewrite = run_command(
        {"qpdf", "--object-streams=disable", "--stream-data=preserve", pdf.string(), unpacked.string()});
    INFO(rewrite.err);
    REQUIRE(rewrite.exit_code == 0);
    return read_bytes(unpacked);
}

std::string unpacked_objects_of(const std::string& bytes) {
    const TempDir folder("packed");
    const std::filesystem::path pdf = folder.path() / "packed.pdf";
    write_bytes(pdf, bytes);
    return unpacked_objects(pdf);
}

}  // namespace brochure::test
