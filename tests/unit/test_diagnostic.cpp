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

TEST_CASE("a long source line is cut to a window around the column, the caret still under it", "[diagnostic]") {
    std::string line(1000, 'a');
    line[600] = 'X';
    const Diagnostic diagnostic{Severity::error, "l.yaml", {1, 601}, "m", {}};
    const std::string formatted = brochure::format_diagnostic(diagnostic, line + "\n");
    const auto source_start = formatted.find('\n') + 1;
    const std::string source = formatted.substr(source_start, formatted.find('\n', source_start) - source_start);
    const std::string caret = formatted.substr(formatted.find('\n', source_start) + 1);
    CHECK(source.rfind("    …", 0) == 0);
    CHECK(source.size() < 120 + 8);
    CHECK(source.substr(source.size() - 3) == "…");
    // The caret's column in the quoted line is the X's.
    const std::size_t x_in_source = source.find('X');
    REQUIRE(x_in_source != std::string::npos);
    // "…" is three bytes shown as one column.
    CHECK(caret.find('^') == x_in_source - 2);
}

TEST_CASE("control and bidi characters are shown as escapes in every part of a diagnostic", "[diagnostic]") {
    const Diagnostic diagnostic{Severity::error, "c\x1b.yaml", {1, 5}, "bad \x1b[31m key", {"hint \u202E here"}};
    const std::string formatted = brochure::format_diagnostic(diagnostic, "ab\x07: \x1b[2J\n");
    CHECK(formatted.find('\x1b') == std::string::npos);
    CHECK(formatted.find('\x07') == std::string::npos);
    CHECK(formatted.find("\u202E") == std::string::npos);
    CHECK(formatted == "c\\u{1B}.yaml:1:5: error: bad \\u{1B}[31m key\n"
                       "    ab\\u{07}: \\u{1B}[2J\n"
                       "             ^\n"
                       "    hint: hint \\u{202E} here\n");
}

TEST_CASE("past 50 diagnostics, one summary counts the rest", "[diagnostic]") {
    std::vector<Diagnostic> diagnostics;
    for (int i = 0; i < 30000; ++i)
        diagnostics.push_back({i % 3 == 0 ? Severity::warning : Severity::error, "f.yaml", {i + 1, 1}, "m", {}});
    brochure::limit_diagnostics(diagnostics);
    REQUIRE(diagnostics.size() == 51);
    CHECK(diagnostics.back().severity == Severity::error);
    CHECK(diagnostics.back().position.line == 0);
    CHECK(diagnostics.back().message == "… and 29,950 more not shown (19,967 errors, 9,983 warnings)");

    std::vector<Diagnostic> few(51, Diagnostic{Severity::warning, "f.yaml", {1, 1}, "m", {}});
    brochure::limit_diagnostics(few);
    CHECK(few.size() == 51);  // a summary would hide only one
}
