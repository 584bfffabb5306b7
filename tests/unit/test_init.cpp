// brochure init: a commented starting profile that checks, whose placeholders are
// flagged until replaced, and whose every optional field is there to uncomment.

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include <nlohmann/json.hpp>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

using namespace brochure::test;
namespace fs = std::filesystem;

namespace {

CommandResult run_brochure_with(std::vector<std::string> args) {
    args.insert(args.begin(), brochure_executable().string());
    return run_command(args);
}

// The codes of the diagnostics `check --diagnostics json` gives for `profile`.
std::vector<std::string> codes_of(const fs::path& profile, int& exit_code) {
    const CommandResult checked = run_brochure_with({"check", profile.string(), "--diagnostics", "json"});
    exit_code = checked.exit_code;
    std::vector<std::string> codes;
    for (const std::string& line : lines_of(checked.err))
        if (!line.empty()) codes.push_back(nlohmann::json::parse(line)["code"].get<std::string>());
    return codes;
}

// The profile with every "<placeholder>" replaced by the words inside it.
std::string filled_in(const std::string& text) {
    return std::regex_replace(text, std::regex("\"<([^\">]*)>\""), "\"$1\"");
}

// The profile with its commented-out fields uncommented: lines "#" followed by YAML (a
// key or a list entry), not the explanations, which start with a capital or a path.
std::string uncommented(const std::string& text) {
    return std::regex_replace(text, std::regex("(^|\n)#(\\s*([a-z_]+:|- ))"), "$1$2");
}

}  // namespace

TEST_CASE("init writes a profile that checks, with each placeholder flagged until it is replaced", "[e2e][init]") {
    const TempDir dir("init");
    const fs::path profile = dir.path() / "org.yaml";
    const CommandResult init = run_brochure_with({"init", profile.string()});
    INFO(init.err);
    REQUIRE(init.exit_code == 0);
    const std::string text = read_bytes(profile);

    // The schema line names a schema that exists, for the editor's YAML language server.
    const std::smatch schema = [&] {
        std::smatch match;
        std::regex_search(text, match, std::regex("^# yaml-language-server: \\$schema=(.*)\n"));
        return match;
    }();
    REQUIRE(!schema.empty());
    CHECK(fs::exists(schema[1].str()));

    int exit_code = -1;
    const std::vector<std::string> codes = codes_of(profile, exit_code);
    CHECK(exit_code == 0);  // placeholders warn: the brochure can be previewed with them
    CHECK(codes.size() >= 8);
    CHECK(std::all_of(codes.begin(), codes.end(), [](const std::string& code) { return code == "BRO111"; }));
    CHECK(run_brochure_with({"check", profile.string(), "--werror"}).exit_code == 1);

    write_bytes(profile, filled_in(text));
    CHECK(codes_of(profile, exit_code).empty());
    CHECK(exit_code == 0);
    const fs::path pdf = dir.path() / "org.pdf";
    REQUIRE(run_brochure_with({"render", profile.string(), "-o", pdf.string()}).exit_code == 0);
    require_tool("pdftotext", "poppler-utils");
    CHECK(contains_across_line_breaks(run_command({"pdftotext", pdf.string(), "-"}).out, "Short name, as on the cover"));
}

TEST_CASE("init shows every optional field, and uncommented they check too", "[e2e][init]") {
    const TempDir dir("init-all");
    const fs::path profile = dir.path() / "org.yaml";
    REQUIRE(run_brochure_with({"init", profile.string()}).exit_code == 0);
    const std::string all = uncommented(filled_in(read_bytes(profile)));
    const nlohmann::json schema = nlohmann::json::parse(run_brochure_with({"schema"}).out);
    for (const auto& [key, value] : schema["properties"].items()) {
        INFO(key);
        CHECK(std::regex_search(all, std::regex("(^|\n)" + key + ":")));
    }
    // The images it names are the user's to add: without them the rest must check.
    write_bytes(profile, std::regex_replace(all, std::regex("\n *(logo|cover_image|image): [^\n]*"), ""));
    const CommandResult checked = run_brochure_with({"check", profile.string()});
    INFO(checked.err);
    CHECK(checked.exit_code == 0);
    CHECK(checked.err.empty());
}

TEST_CASE("init writes in the language asked for, and never over a file unless forced", "[e2e][init]") {
    const TempDir dir("init-lang");
    const fs::path french = dir.path() / "fr.yaml";
    REQUIRE(run_brochure_with({"init", french.string(), "--lang", "fr-BE"}).exit_code == 0);
    CHECK(read_bytes(french).find("\nlang: fr-BE\n") != std::string::npos);
    CHECK(read_bytes(french).find("Nom court") != std::string::npos);

    // No starting profile in German: English placeholders, German labels, and a note.
    const fs::path german = dir.path() / "de.yaml";
    const CommandResult de = run_brochure_with({"init", german.string(), "--lang", "de"});
    CHECK(de.exit_code == 0);
    CHECK(de.err.find("no starting profile in \"de\"") != std::string::npos);
    CHECK(read_bytes(german).find("\nlang: de\n") != std::string::npos);

    CHECK(run_brochure_with({"init", (dir.path() / "x.yaml").string(), "--lang", "not a tag"}).exit_code == 2);
    CHECK_FALSE(fs::exists(dir.path() / "x.yaml"));

    write_bytes(german, "mine\n");
    const CommandResult again = run_brochure_with({"init", german.string()});
    CHECK(again.exit_code == 2);
    CHECK(again.err.find("already exists") != std::string::npos);
    CHECK(read_bytes(german) == "mine\n");
    CHECK(run_brochure_with({"init", german.string(), "--force"}).exit_code == 0);
    CHECK(read_bytes(german).find("\nlang: en\n") != std::string::npos);
}
