// The command line contract of build/brochure: options, exit codes (0 success, 1 invalid
// input, 2 usage or I/O error), gcc-style diagnostics, and outputs that are never left
// half-written.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

using namespace brochure::test;

namespace {

CommandResult run_brochure(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), brochure_executable().string());
    return run_command(arguments);
}

// The version CMake gives the project, which --version must print.
std::string project_version() {
    const std::string cmake = read_bytes(source_dir() / "CMakeLists.txt");
    std::smatch match;
    REQUIRE(std::regex_search(cmake, match, std::regex(R"(project\(brochure\s+VERSION\s+([0-9.]+))")));
    return match[1];
}

std::string regex_escaped(const std::string& text) {
    return std::regex_replace(text, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)");
}

// Renders `yaml` written to a profile next to an earlier output. The render must be
// refused as invalid input with a line `PROFILE:LINE:COLUMN: error: ` on stderr, where
// `position` is a regex for "LINE:COLUMN", and the earlier output must be left exactly as
// it was, with nothing new beside it.
void check_rejected(const std::string& yaml, const std::string& position) {
    TempDir dir("cli-rejected");
    const auto profile = dir.path() / "broken.yaml";
    const auto pdf = dir.path() / "broken.pdf";
    write_bytes(profile, yaml);
    const std::string earlier = "an earlier brochure, which a failed render must not touch\n";
    write_bytes(pdf, earlier);

    const auto result = run_brochure({"render", profile.string(), "-o", pdf.string()});
    INFO("stderr:\n" << result.err);
    CHECK(result.exit_code == 1);
    const std::regex diagnostic("(^|\n)" + regex_escaped(profile.string()) + ":" + position +
                                ": error: ");
    CHECK(std::regex_search(result.err, diagnostic));
    CHECK(read_bytes(pdf) == earlier);
    CHECK(folder_entries(dir.path()) == std::vector<std::string>{"broken.pdf", "broken.yaml"});
}

}  // namespace

TEST_CASE("brochure --help prints the usage on stdout and exits 0", "[e2e][cli]") {
    const auto result = run_brochure({"--help"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("render") != std::string::npos);
    CHECK(result.err.empty());
}

TEST_CASE("brochure --version prints the project's version and exits 0", "[e2e][cli]") {
    const auto result = run_brochure({"--version"});
    CHECK(result.exit_code == 0);
    const auto lines = lines_of(result.out);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.front() == "brochure " + project_version());
    // The libraries it was built with, each with a version, libharu's the one Debian 12 ships.
    for (const std::string library : {"libyaml", "ICU", "HarfBuzz", "qrcodegen", "libspng", "libjpeg-turbo",
                                      "librsvg", "Little CMS", "libharu", "zlib", "fmt"}) {
        INFO(library << " in:\n" << result.out);
        const std::regex line("\n  " + library + " [0-9]+\\.[0-9]+(\\.[0-9]+)?\n");
        CHECK(std::regex_search(result.out, line));
    }
    CHECK(result.out.find("\n  libharu 2.3.0\n") != std::string::npos);
}

TEST_CASE("brochure schema prints the profile's JSON Schema, as in the source tree", "[e2e][cli]") {
    const auto result = run_brochure({"schema"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == read_bytes(source_dir() / "schema" / "profile.schema.json"));
    const TempDir dir("schema");
    write_bytes(dir.path() / "schema.json", result.out);
    CHECK(run_command({"python3", "-m", "json.tool", (dir.path() / "schema.json").string()}).exit_code == 0);
    CHECK(run_brochure({"schema", "extra"}).exit_code == 2);
}

TEST_CASE("a command line the CLI does not understand is a usage error", "[e2e][cli]") {
    SECTION("no arguments") { CHECK(run_brochure({}).exit_code == 2); }
    SECTION("an unknown option") { CHECK(run_brochure({"--no-such-option"}).exit_code == 2); }
    SECTION("an unknown command") { CHECK(run_brochure({"paint", "x.yaml"}).exit_code == 2); }
}

TEST_CASE("a missing profile exits 2 naming the file, and writes nothing", "[e2e][cli]") {
    TempDir dir("cli-missing");
    const auto profile = dir.path() / "no-such-profile.yaml";
    const auto pdf = dir.path() / "out.pdf";

    const auto result = run_brochure({"render", profile.string(), "-o", pdf.string()});
    INFO("stderr:\n" << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(profile.string()) != std::string::npos);
    CHECK(folder_entries(dir.path()).empty());
}

TEST_CASE("an invalid profile exits 1 with a diagnostic and leaves the output alone", "[e2e][cli]") {
    SECTION("an unknown key: the diagnostic points at it") {
        std::string yaml = sample_profile_text();
        if (!yaml.empty() && yaml.back() != '\n') yaml += '\n';
        const auto line = std::count(yaml.begin(), yaml.end(), '\n') + 1;
        yaml += "no_such_field_in_a_profile: 1\n";
        check_rejected(yaml, std::to_string(line) + ":1");
    }
    SECTION("required fields missing") {
        check_rejected("name: Only a name\n", "[0-9]+:[0-9]+");
    }
}

TEST_CASE("check reports text too long for a forced page count, at its line, and writes nothing", "[e2e][cli]") {
    TempDir dir("check-overflow");
    // Two more sections of 800 characters and the about text at its 1,000: within the
    // loader's limits, but more than two pages hold. Left to choose, the brochure takes four.
    std::string profile = sample_profile_text();
    const std::size_t sections = profile.find("\nsections:\n");
    REQUIRE(sections != std::string::npos);
    const auto paragraph = [](std::size_t length) {
        std::string text;
        while (text.size() + 64 < length) text += "The Alliance consults its members on every decision it takes. ";
        return text;
    };
    std::string more;
    for (int i = 0; i < 2; ++i) more += "  - title: Section " + std::to_string(i) + "\n    text: " + paragraph(800) + "\n";
    profile.insert(sections + std::string("\nsections:\n").size(), more);
    // The about text, a folded block up to the next blank line, replaced by a long one.
    const std::size_t about = profile.find("\nabout: >-\n");
    REQUIRE(about != std::string::npos);
    const std::size_t about_end = profile.find("\n\n", about + 1);
    profile.replace(about + 1, about_end - about - 1, "about: " + paragraph(800));
    const auto path = dir.path() / "long.yaml";
    write_bytes(path, profile);

    const auto automatic = run_command({brochure_executable().string(), "check", path.string()});
    INFO(automatic.err);
    CHECK(automatic.exit_code == 0);

    const auto forced = run_command({brochure_executable().string(), "check", path.string(), "--pages", "2"});
    INFO(forced.err);
    CHECK(forced.exit_code == 1);
    // The first text that does not fit is named, at its line: one of the fields after "about".
    const std::regex overflow(regex_escaped(path.string()) +
                              R"(:\d+:\d+: error: [a-z_]+(\[\d\])?(\.\w+)?: the text from here on does not fit the brochure's 2 pages)");
    CHECK(std::regex_search(forced.err, overflow));
    CHECK(folder_entries(dir.path()) == std::vector<std::string>{"long.yaml"});
}

TEST_CASE("an option's value that is itself an option is refused, with the way to name such a file", "[e2e][cli]") {
    TempDir dir("cli-option-value");
    const CommandResult result =
        run_brochure({"build", (source_dir() / "content").string(), "--out", "--fonts", (dir.path() / "f").string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("--out: needs a value, got the option '--fonts' (write ./--fonts for a file of that name)") !=
          std::string::npos);
    CHECK(folder_entries(dir.path()).empty());
    // A lone "-" is a value: standard input or output.
    CHECK(run_brochure({"render", "-", "-o", "-", "--format", "--pages"}).err.find("--format: needs a value") !=
          std::string::npos);
}
