// The bash and zsh completions: they offer every option --help names, and bash's, run as
// bash runs it, completes commands, options and their values.

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/tools.hpp"

using namespace brochure::test;

namespace {

const std::filesystem::path kCompletions = source_dir() / "completions";

// What bash's completion of `words` (the last one being completed) offers, space-separated.
std::string bash_completes(const std::string& words) {
    require_tool("bash", "bash");
    REQUIRE(std::filesystem::exists("/usr/share/bash-completion/bash_completion"));  // package bash-completion
    const std::string script =
        "source /usr/share/bash-completion/bash_completion\n"
        "source " + shell_quote((kCompletions / "brochure.bash").string()) + "\n"
        "COMP_WORDS=(" + words + ")\n"
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
        "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
        "COMP_POINT=${#COMP_LINE}\n"
        "_brochure\n"
        "for word in \"${COMPREPLY[@]}\"; do printf '%s ' \"$word\"; done\n";
    const CommandResult result = run_command({"bash", "-c", script});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

}  // namespace

TEST_CASE("the shell completions offer every option that --help names", "[e2e][completions]") {
    const std::string help = run_command({brochure_executable().string(), "--help"}).out;
    std::set<std::string> options;
    const std::regex option(R"((--[a-z]+))");
    for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it)
        options.insert((*it)[1]);
    REQUIRE(options.size() >= 20);
    for (const char* script : {"brochure.bash", "_brochure"}) {
        const std::string text = read_bytes(kCompletions / script);
        for (const std::string& name : options) {
            INFO(script << ": " << name);
            CHECK(std::regex_search(text, std::regex("[ '\"()]" + name + "[ \\['\")]")));
        }
    }
}

TEST_CASE("bash completes commands, options and their values", "[e2e][completions]") {
    CHECK(bash_completes("brochure re") == "render ");
    CHECK(bash_completes("brochure w") == "watch ");
    CHECK(bash_completes("brochure render --for") == "--format ");
    CHECK(bash_completes("brochure render --format ''") == "sheet trifold booklet ");
    CHECK(bash_completes("brochure build --diagnostics s") == "sarif ");
    CHECK(bash_completes("brochure init --l") == "--lang ");
    CHECK(bash_completes("brochure check --ta").empty());  // check writes no PDF: no --target
}

TEST_CASE("the zsh completion is valid zsh", "[e2e][completions]") {
    require_tool("zsh", "zsh");
    const CommandResult parsed = run_command({"zsh", "-n", (kCompletions / "_brochure").string()});
    INFO(parsed.err);
    CHECK(parsed.exit_code == 0);
}
