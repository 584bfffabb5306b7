// The progress of a batch as a terminal shows it: one line redrawn in place, diagnostics
// printed above it without tearing it, and nothing left of it at the end.

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "batch/batch_progress.hpp"

using namespace brochure;

namespace {

// Everything written to `file` so far.
std::string contents(std::FILE* file) {
    std::fflush(file);
    std::string text;
    std::rewind(file);
    for (int c; (c = std::fgetc(file)) != EOF;) text.push_back(static_cast<char>(c));
    return text;
}

}  // namespace

TEST_CASE("the bar shows the count once the batch is done and is cleared at the end") {
    std::FILE* out = std::tmpfile();
    REQUIRE(out != nullptr);
    BatchProgress progress(out, BatchProgress::Style::bar, 4);
    progress.update(4);
    const std::string drawn = contents(out);
    CHECK(drawn.find("[##############################] 4/4 profiles, ") != std::string::npos);
    CHECK(drawn.find("s left") == std::string::npos);  // nothing is left to do

    progress.print_above("in/a.yaml:1:1: error: broken\n");
    const std::string printed = contents(out);
    const std::size_t message = printed.find("\r\033[Kin/a.yaml:1:1: error: broken\n");
    REQUIRE(message != std::string::npos);
    CHECK(printed.find("4/4 profiles", message) != std::string::npos);  // the bar is drawn again below

    progress.finish();
    const std::string finished = contents(out);
    CHECK(finished.size() >= 4);
    CHECK(finished.substr(finished.size() - 4) == "\r\033[K");
    std::fclose(out);
}

TEST_CASE("silent progress writes nothing, and plain lines print text as it comes") {
    std::FILE* out = std::tmpfile();
    REQUIRE(out != nullptr);
    BatchProgress silent(out, BatchProgress::Style::none, 2);
    silent.update(1);
    silent.update(2);
    silent.finish();
    CHECK(contents(out).empty());

    BatchProgress lines(out, BatchProgress::Style::lines, 2);
    lines.print_above("a warning\n");
    lines.finish();
    CHECK(contents(out) == "a warning\n");
    std::fclose(out);
}
