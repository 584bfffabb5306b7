#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"

using brochure::Diagnostic;
using brochure::Severity;

TEST_CASE("format_diagnostic prints position, source line, caret and hints", "[diagnostic]") {
    const Diagnostic diagnostic{Severity::error, "content/x.yaml", {2, 10}, "staff.total: must be between 1 and 9, got 0",
                                {"first hint", "second hint"}};
    const std::string text = "lang: en\ntotal:   0\nname: X\n";
    CHECK(brochure::format_diagnostic(diagnostic, text) ==
          "content/x.yaml:2:10: error: staff.total: must be between 1 and 9, got 0\n"
          "    total:   0\n"
          "             ^\n"
          "    hint: first hint\n"
          "    hint: second hint\n");
}

TEST_CASE("the caret counts code points, not bytes", "[diagnostic]") {
    // "é" and "ü" are two bytes each: a byte count would push the caret two places right.
    const std::string text = "name: Société Zürich x\n";
    const Diagnostic diagnostic{Severity::warning, "p.yaml", {1, 22}, "look here", {}};
    const std::string formatted = brochure::format_diagnostic(diagnostic, text);
    CHECK(formatted == "p.yaml:1:22: warning: look here\n"
                       "    name: Société Zürich x\n"
                       "                         ^\n");
}

TEST_CASE("tabs before the column stay tabs in the caret line", "[diagnostic]") {
    const Diagnostic diagnostic{Severity::error, "t.yaml", {1, 3}, "m", {}};
    CHECK(brochure::format_diagnostic(diagnostic, "\t\tx\n") == "t.yaml:1:3: error: m\n    \t\tx\n    \t\t^\n");
}

TEST_CASE("line 0 means no position and no source line", "[diagnostic]") {
    const Diagnostic diagnostic{Severity::error, "empty.yaml", {0, 0}, "the profile is empty", {"a hint"}};
    CHECK(brochure::format_diagnostic(diagnostic, "whatever\n") ==
          "empty.yaml: error: the profile is empty\n    hint: a hint\n");
}

TEST_CASE("no source text or a line past the end shows no source line", "[diagnostic]") {
    const Diagnostic diagnostic{Severity::error, "f.yaml", {5, 2}, "m", {}};
    CHECK(brochure::format_diagnostic(diagnostic, "") == "f.yaml:5:2: error: m\n");
    CHECK(brochure::format_diagnostic(diagnostic, "one\ntwo\n") == "f.yaml:5:2: error: m\n");
}

TEST_CASE("a CRLF line ending is not shown", "[diagnostic]") {
    const Diagnostic diagnostic{Severity::error, "w.yaml", {2, 1}, "m", {}};
    CHECK(brochure::format_diagnostic(diagnostic, "a: 1\r\nb: 2\r\n") == "w.yaml:2:1: error: m\n    b: 2\n    ^\n");
}

TEST_CASE("has_errors ignores warnings", "[diagnostic]") {
    std::vector<Diagnostic> diagnostics{{Severity::warning, "f", {1, 1}, "w", {}}};
    CHECK_FALSE(brochure::has_errors(diagnostics));
    diagnostics.push_back({Severity::error, "f", {2, 1}, "e", {}});
    CHECK(brochure::has_errors(diagnostics));
    CHECK_FALSE(brochure::has_errors({}));
}
