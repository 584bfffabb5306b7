#pragma once
// The one error/warning type of the project: every problem with user input becomes a
// Diagnostic that names the file, line and column, and is printed gcc-style.

#include <string>
#include <string_view>
#include <vector>

namespace brochure {

/// A position in a source file, counted from 1. Line 0 means "no position known".
/// (yaml-cpp counts from 0; the loader adds 1 in exactly one place.)
struct SourcePosition {
    int line = 0;
    int column = 0;

    bool operator==(const SourcePosition&) const = default;
};

enum class Severity { warning, error };

/// One problem found in an input file.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;          ///< path as the user gave it
    SourcePosition position;   ///< where in `file`; line 0 when unknown
    std::string message;       ///< one line, no trailing period
    std::vector<std::string> hints;  ///< each printed on its own line after the caret
};

/// True when any diagnostic in `diagnostics` is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// Formats one diagnostic as
///   file:line:col: error: message
///     source line
///     ^
///   hint: ...
/// `source_text` is the whole file the diagnostic points into (may be empty: then no
/// source line is shown). Ends with a newline.
std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source_text);

}  // namespace brochure
