// Every file in tests/profiles/bad/ must produce exactly the diagnostics written in its
// sibling .expected file: the error text is part of the contract.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "model/load_profile.hpp"

namespace {

const std::filesystem::path kBadProfiles =
    std::filesystem::path(BROCHURE_SOURCE_DIR) / "tests" / "profiles" / "bad";

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The .expected format: "line:col: severity CODE rule-name: message", then "    hint: ..."
// lines: the rule id is part of the contract too, since CI tools group and filter by it.
std::string expected_form(const std::vector<brochure::Diagnostic>& diagnostics) {
    std::string out;
    for (const brochure::Diagnostic& d : diagnostics) {
        out += std::to_string(d.position.line) + ":" + std::to_string(d.position.column) + ": " +
               (d.severity == brochure::Severity::error ? "error" : "warning") + " " +
               std::string(brochure::rule_info(d.rule).id) + " " + std::string(brochure::rule_info(d.rule).name) +
               ": " + d.message + "\n";
        for (const std::string& hint : d.hints) out += "    hint: " + hint + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("each bad profile produces exactly its expected diagnostics", "[load_profile][bad]") {
    std::set<std::filesystem::path> profiles;
    for (const auto& entry : std::filesystem::directory_iterator(kBadProfiles)) {
        if (entry.path().extension() == ".yaml") profiles.insert(entry.path());
    }
    REQUIRE(profiles.size() >= 20);

    for (const std::filesystem::path& profile : profiles) {
        std::filesystem::path expected_path = profile;
        expected_path.replace_extension(".expected");
        INFO(profile.filename().string());
        REQUIRE(std::filesystem::exists(expected_path));

        const std::string expected = file_bytes(expected_path);
        const brochure::LoadResult result =
            brochure::load_profile_from_text(file_bytes(profile), profile.filename().string());
        CHECK(expected_form(result.diagnostics) == expected);
        // Warnings alone still give a profile; any error gives none.
        CHECK(result.profile.has_value() == !brochure::has_errors(result.diagnostics));
        for (const brochure::Diagnostic& d : result.diagnostics) {
            CHECK(d.file == profile.filename().string());
        }
    }
}

TEST_CASE("every .expected file has its profile", "[load_profile][bad]") {
    for (const auto& entry : std::filesystem::directory_iterator(kBadProfiles)) {
        if (entry.path().extension() != ".expected") continue;
        std::filesystem::path profile = entry.path();
        profile.replace_extension(".yaml");
        INFO(entry.path().filename().string());
        CHECK(std::filesystem::exists(profile));
    }
}

TEST_CASE("hostile input gives exactly one error", "[load_profile][bad]") {
    for (const char* name : {"alias_bomb", "deep_recursion", "deep_block_list", "empty_file", "invalid_utf8",
                             "nul_byte", "root_is_list", "root_is_scalar", "several_documents",
                             "stray_comma", "syntax_error", "tab_indentation", "too_deep", "utf16"}) {
        INFO(name);
        const auto result =
            brochure::load_profile_from_text(file_bytes(kBadProfiles / (std::string(name) + ".yaml")), name);
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].severity == brochure::Severity::error);
        CHECK(result.diagnostics[0].message.find('\n') == std::string::npos);
    }
}
