// brochure in a pipe: a profile read from standard input (`render -`), a PDF written to
// standard output (`-o -`), and what is refused: a PDF to a terminal, a profile from
// standard input with nowhere to go, an undated print PDF.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

using namespace brochure::test;

namespace {

// `command` run by /bin/sh, the brochure executable as $BROCHURE and the sample profile
// as $PROFILE, its images found through --assets.
CommandResult shell(const std::string& command, const std::vector<std::string>& environment = {}) {
    std::vector<std::string> settings{"BROCHURE=" + brochure_executable().string(),
                                      "PROFILE=" + sample_profile().string(),
                                      "ASSETS=" + (source_dir() / "content").string()};
    settings.insert(settings.end(), environment.begin(), environment.end());
    return run_command({"/bin/sh", "-c", command}, settings);
}

}  // namespace

TEST_CASE("a profile piped in gives the same PDF on standard output as from its file", "[e2e][cli][streams]") {
    require_tool("pdfinfo", "poppler-utils");
    const TempDir dir("streams");
    const auto from_file = dir.path() / "file.pdf";
    REQUIRE(run_command({brochure_executable().string(), "render", sample_profile().string(), "-o",
                         from_file.string()})
                .exit_code == 0);
    const CommandResult piped = shell(R"(cat "$PROFILE" | "$BROCHURE" render - -o - --assets "$ASSETS")");
    INFO(piped.err);
    REQUIRE(piped.exit_code == 0);
    CHECK(piped.out == read_bytes(from_file));
    // Diagnostics still go to standard error, and name the stream.
    CHECK(piped.err.find("<stdin>:") != std::string::npos);

    const CommandResult info =
        shell(R"(cat "$PROFILE" | "$BROCHURE" render - -o - --assets "$ASSETS" 2>/dev/null | pdfinfo -)");
    INFO(info.err);
    CHECK(info.exit_code == 0);
    CHECK(info.out.find("NATO") != std::string::npos);
}

TEST_CASE("an invalid profile on standard input is located as <stdin> and writes nothing", "[e2e][cli][streams]") {
    const CommandResult result = shell(R"(printf 'lang: en\nname: [\n' | "$BROCHURE" render - -o -)");
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err.find("<stdin>:3:1: error:") != std::string::npos);
}

TEST_CASE("a PDF is not written to a terminal, nor a piped profile to nowhere", "[e2e][cli][streams]") {
    require_tool("script", "bsdutils");
    // script(1) gives the command a terminal as its standard output.
    const CommandResult terminal = shell(R"(script -qec "$BROCHURE render $PROFILE -o -" /dev/null)");
    CHECK(terminal.exit_code == 2);
    CHECK(terminal.out.find("refusing to write a PDF to a terminal") != std::string::npos);
    CHECK(terminal.out.find("%PDF") == std::string::npos);

    const CommandResult nowhere = shell(R"(cat "$PROFILE" | "$BROCHURE" render -)");
    CHECK(nowhere.exit_code == 2);
    CHECK(nowhere.err.find("needs -o OUT.pdf, or -o - for standard output") != std::string::npos);

    const CommandResult batch = shell(R"("$BROCHURE" build - --out "${TMPDIR:-/tmp}")");
    CHECK(batch.exit_code == 2);
    CHECK(batch.err.find("use render -") != std::string::npos);
}

TEST_CASE("a print PDF from standard input is dated by SOURCE_DATE_EPOCH, and refused without it",
          "[e2e][cli][streams]") {
    const std::string command = R"(cat "$PROFILE" | "$BROCHURE" render - --target print --assets "$ASSETS" -o -)";
    const CommandResult undated = shell(command, {"SOURCE_DATE_EPOCH"});
    CHECK(undated.exit_code == 2);
    CHECK(undated.out.empty());
    CHECK(undated.err.find("set SOURCE_DATE_EPOCH") != std::string::npos);
    const CommandResult dated = shell(command, {"SOURCE_DATE_EPOCH=1700000000"});
    INFO(dated.err);
    CHECK(dated.exit_code == 0);
    CHECK(dated.out.rfind("%PDF-1.7", 0) == 0);
}
