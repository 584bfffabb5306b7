#pragma once
// The one error/warning type of the project: every problem with user input becomes a
// Diagnostic that names the file, line and column, and is printed gcc-style.

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic_rules.hpp"
#include "core/source_lines.hpp"

namespace brochure {

enum class Severity { warning, error };

/// One problem found in an input file.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;          ///< path as the user gave it
    SourcePosition position;   ///< where in `file`; line 0 when unknown
    std::string message;       ///< one line, no trailing period
    std::vector<std::string> hints;  ///< each printed on its own line after the caret
    Rule rule = Rule::internal_error;  ///< the kind, for machine-readable output
    std::string field{};             ///< the field's path ("videos[1].url"); empty when none
    SourcePosition end{};            ///< just past the token at `position` (set_token_ends); line 0 when unknown
};

/// True when any diagnostic in `diagnostics` is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// Most diagnostics kept for one file: past it, one summary counts the rest, so that a
/// profile built to be wrong everywhere still gets a report of bounded size.
inline constexpr std::size_t kMaxDiagnosticsPerFile = 50;

/// Keeps the first `most` of `diagnostics` and replaces the others with one summary ("… and
/// 29,950 more not shown (29,950 errors, 0 warnings)"), an error when any of them was one.
void limit_diagnostics(std::vector<Diagnostic>& diagnostics, std::size_t most = kMaxDiagnosticsPerFile);

/// `value` with thousands separated by commas: 29950 → "29,950".
std::string group_thousands(long long value);

/// Formats one diagnostic as
///   file:line:col: error: message
///     source line
///     ^
///     hint: ...
/// quoting line `position.line` of `source` (none when it has no such line). A source line
/// longer than 100 characters is cut to a window around the column, with "…" where it was
/// cut. Control and bidirectional-control characters in any part are shown as escapes
/// (\u{1B}, \u{202E}), never sent to a terminal. Ends with a newline.
std::string format_diagnostic(const Diagnostic& diagnostic, const SourceLines& source);

/// The same, indexing `source_text` (the whole file; may be empty) for this one call.
std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source_text);

/// Every diagnostic of one file, in order, its text indexed once.
std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics, std::string_view source_text);

}  // namespace brochure
