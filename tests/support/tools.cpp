#include "support/tools.hpp"

#include <catch2/catch.hpp>

#include "support/process.hpp"

namespace brochure::test {

std::filesystem::path source_dir() { return BROCHURE_SOURCE_DIR; }

std::filesystem::path brochure_executable() { return BROCHURE_EXECUTABLE; }

std::filesystem::path sample_profile() { return source_dir() / "content" / "nato.yaml"; }

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

}  // namespace brochure::test
