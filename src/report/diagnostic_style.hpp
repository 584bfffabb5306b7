#pragma once
// How diagnostics are shown (--diagnostics): text for people, JSON Lines, SARIF or GitHub
// workflow commands for tools. One printer serves a whole command, since a SARIF log is
// one document for every file the command read.

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace brochure {

enum class DiagnosticStyle { text, json, sarif, github };

/// The style named `name` ("text", "json", "sarif", "github"); nothing for another name.
std::optional<DiagnosticStyle> diagnostic_style_named(std::string_view name);

/// The style when --diagnostics is not given: github inside a GitHub Actions job
/// (`github_actions_variable` is GITHUB_ACTIONS's value) whose log is not a terminal,
/// else text.
DiagnosticStyle default_diagnostic_style(std::string_view github_actions_variable, bool stderr_is_terminal);

/// `diagnostics` of one file in a style that prints as it goes: text (quoting lines of
/// `source_text`), json or github. Empty for sarif, which DiagnosticPrinter gathers.
std::string formatted_diagnostics(DiagnosticStyle style, const std::vector<Diagnostic>& diagnostics,
                                  std::string_view source_text);

/// Prints each file's diagnostics to `out` as they come, or, for SARIF, gathers them and
/// prints one log at finish().
class DiagnosticPrinter {
public:
    DiagnosticPrinter(DiagnosticStyle style, std::FILE* out, std::string tool_version);

    void print(const std::vector<Diagnostic>& diagnostics, std::string_view source_text);

    /// Writes the SARIF log, with every diagnostic printed so far; nothing in other styles.
    void finish();

private:
    DiagnosticStyle style_;
    std::FILE* out_;
    std::string tool_version_;
    std::vector<Diagnostic> gathered_;
};

}  // namespace brochure
