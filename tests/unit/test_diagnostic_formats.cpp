// Diagnostics for machines: JSON Lines, SARIF checked against a schema written from the
// SARIF 2.1.0 standard, GitHub workflow commands, and the rule ids documented.

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "report/diagnostic_json.hpp"
#include "report/github_annotations.hpp"
#include "report/sarif_log.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;
namespace fs = std::filesystem;

namespace {

const fs::path kBad = source_dir() / "tests" / "profiles" / "bad";

CommandResult check_with(const std::vector<std::string>& profiles, const std::string& style,
                         const std::vector<std::string>& environment = {}) {
    std::vector<std::string> argv{brochure_executable().string(), "check"};
    argv.insert(argv.end(), profiles.begin(), profiles.end());
    if (!style.empty()) argv.insert(argv.end(), {"--diagnostics", style});
    return run_command(argv, environment);
}

std::vector<std::string> lines_of_text(const std::string& text) {
    std::vector<std::string> lines;
    for (std::string& line : lines_of(text))
        if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

// check_sarif.py's verdict on `log`: "ok N" or the problems it found.
std::string sarif_verdict(const fs::path& log) {
    require_tool("python3", "python3");
    const CommandResult checked =
        run_command({"/usr/bin/python3", (source_dir() / "tests" / "tools" / "check_sarif.py").string(),
                     (source_dir() / "tests" / "tools" / "sarif-2.1.0-subset.schema.json").string(), log.string()});
    INFO(checked.err);
    if (checked.err.find("No module named 'jsonschema'") != std::string::npos)
        FAIL("python3-jsonschema is missing: scripts/install-deps installs it");
    return checked.out;
}

}  // namespace

TEST_CASE("a GitHub annotation carries the position, the rule and the message, escaped so it cannot break out") {
    Diagnostic diagnostic{Severity::error, "dir, with: odd%name.yaml", {3, 5}, "first\nsecond 100% done",
                          {"a hint"}, Rule::unknown_field, "taglin", {3, 11}};
    CHECK(github_annotation(diagnostic) ==
          "::error file=dir%2C with%3A odd%25name.yaml,line=3,col=5,endLine=3,endColumn=11,"
          "title=BRO101 unknown-field::first%0Asecond 100%25 done%0Ahint: a hint\n");
    diagnostic.severity = Severity::warning;
    diagnostic.position = {};
    diagnostic.end = {};
    diagnostic.hints.clear();
    CHECK(github_annotation(diagnostic) ==
          "::warning file=dir%2C with%3A odd%25name.yaml,title=BRO101 unknown-field::first%0Asecond 100%25 done\n");
}

TEST_CASE("paths become URI references in SARIF") {
    CHECK(uri_of_path("content/nato.yaml") == "content/nato.yaml");
    CHECK(uri_of_path("my profiles/caf\xC3\xA9.yaml") == "my%20profiles/caf%C3%A9.yaml");
    CHECK(uri_of_path("/srv/p.yaml") == "file:///srv/p.yaml");
    CHECK(uri_of_path("<stdin>") == "%3Cstdin%3E");
}

TEST_CASE("json diagnostics are one object per line with code, position, end and field", "[e2e][diagnostics]") {
    const CommandResult result = check_with({(kBad / "unknown_key.yaml").string()}, "json");
    CHECK(result.exit_code == 1);
    const std::vector<std::string> lines = lines_of_text(result.err);
    REQUIRE(lines.size() == 3);  // taglin, staff.totl, colour
    const nlohmann::ordered_json first = nlohmann::ordered_json::parse(lines[0]);
    CHECK(first["code"] == "BRO101");
    CHECK(first["rule"] == "unknown-field");
    CHECK(first["line"] == 3);
    CHECK(first["column"] == 1);
    CHECK(first["end"]["line"] == 3);
    CHECK(first["end"]["column"] == 7);  // "taglin" is six characters
    CHECK(first["field"] == "taglin");
    CHECK(first["severity"] == "error");
    CHECK(first["hints"][0] == "did you mean 'tagline'?");
}

TEST_CASE("sarif output is a valid SARIF 2.1.0 log with a rule for every result", "[e2e][diagnostics]") {
    const TempDir dir("sarif");
    // A profile in a folder with a space and a non-ASCII name, which its URI must encode.
    const fs::path odd = dir.path() / "my profiles" / "caf\xC3\xA9.yaml";
    fs::create_directories(odd.parent_path());
    fs::copy_file(kBad / "url_scheme.yaml", odd);
    std::vector<std::string> profiles{odd.string(), (source_dir() / "content" / "nato.yaml").string()};
    for (const char* name : {"unknown_key", "wrong_type", "invalid_utf8", "syntax_error", "empty_file", "text_too_long"})
        profiles.push_back((kBad / (std::string(name) + ".yaml")).string());
    const CommandResult sarif = check_with(profiles, "sarif");
    CHECK(sarif.exit_code == 1);
    const fs::path log = dir.path() / "log.sarif";
    write_bytes(log, sarif.err);

    // As many results as there are diagnostics, each with its rule.
    const CommandResult json = check_with(profiles, "json");
    const std::size_t diagnostics = lines_of_text(json.err).size();
    REQUIRE(diagnostics > profiles.size());
    CHECK(sarif_verdict(log) == "ok " + std::to_string(diagnostics) + "\n");

    const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(sarif.err);
    const auto& run = parsed["runs"][0];
    CHECK(run["tool"]["driver"]["rules"].size() == all_rules().size());
    std::set<std::string> uris;
    for (const auto& result : run["results"])
        uris.insert(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>());
    CHECK(uris.count(uri_of_path(odd.string())) == 1);

    SECTION("the checker refuses a log that breaks the standard's rules") {
        std::string broken = sarif.err;
        broken.replace(broken.find("\"startLine\": "), 14, "\"startLine\": 0, \"x\": ");
        write_bytes(log, broken);
        CHECK(sarif_verdict(log).rfind("ok", 0) != 0);
        nlohmann::ordered_json wrong_index = parsed;
        wrong_index["runs"][0]["results"][0]["ruleIndex"] = 1;
        write_bytes(log, wrong_index.dump());
        CHECK(sarif_verdict(log).find("does not name rule") != std::string::npos);
    }
}

TEST_CASE("inside GitHub Actions diagnostics default to workflow commands, unless told otherwise", "[e2e][diagnostics]") {
    const std::string profile = (kBad / "missing_required.yaml").string();
    const CommandResult in_actions = check_with({profile}, "", {"GITHUB_ACTIONS=true"});
    CHECK(in_actions.exit_code == 1);
    CHECK(in_actions.err.rfind("::error file=" + profile + ",line=", 0) == 0);
    CHECK(in_actions.err.find("title=BRO102 missing-field::") != std::string::npos);
    const CommandResult told = check_with({profile}, "text", {"GITHUB_ACTIONS=true"});
    CHECK(told.err.rfind(profile + ":", 0) == 0);
    const CommandResult outside = check_with({profile}, "", {"GITHUB_ACTIONS"});
    CHECK(outside.err.rfind(profile + ":", 0) == 0);
}

TEST_CASE("build carries rule ids into SARIF, and keeps standard error machine-readable", "[e2e][diagnostics][batch]") {
    const TempDir dir("build-sarif");
    const fs::path in = dir.path() / "in";
    fs::create_directories(in);
    fs::copy_file(kBad / "unknown_key.yaml", in / "bad.yaml");
    const CommandResult result = run_command({brochure_executable().string(), "build", in.string(), "--out",
                                              (dir.path() / "out").string(), "--diagnostics", "sarif"});
    CHECK(result.exit_code == 1);
    const fs::path log = dir.path() / "log.sarif";
    write_bytes(log, result.err);
    CHECK(sarif_verdict(log) == "ok 3\n");
}

TEST_CASE("docs/profile.md lists every rule id with its name") {
    const std::string docs = read_bytes(source_dir() / "docs" / "profile.md");
    for (const RuleInfo& rule : all_rules()) {
        INFO(rule.id);
        CHECK(docs.find("| " + std::string(rule.id) + " | `" + std::string(rule.name) + "` |") != std::string::npos);
    }
}
