#include "core/diagnostic.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

namespace brochure {

namespace {

std::string_view severity_name(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

// The text of line `line_number` (from 1) without its line ending, or nothing when the
// text is empty or has fewer lines.
std::optional<std::string_view> source_line(std::string_view text, int line_number) {
    if (text.empty()) return std::nullopt;
    std::size_t start = 0;
    for (int line = 1; line < line_number; ++line) {
        const std::size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos) return std::nullopt;
        start = newline + 1;
    }
    if (start > text.size() || (start == text.size() && line_number > 1)) return std::nullopt;
    std::string_view line = text.substr(start);
    line = line.substr(0, line.find('\n'));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

// Padding that puts a caret under code point `column` (from 1) of `line`: a tab where the
// line has a tab, so the caret lines up whatever the terminal's tab width.
std::string caret_padding(std::string_view line, int column) {
    std::string padding;
    int code_points_seen = 0;
    for (char byte : line) {
        if (code_points_seen >= column - 1) break;
        const bool continuation_byte = (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
        if (continuation_byte) continue;
        padding += byte == '\t' ? '\t' : ' ';
        ++code_points_seen;
    }
    // A column just past the end of the line (e.g. "missing value at end of line").
    padding.append(static_cast<std::size_t>(std::max(0, column - 1 - code_points_seen)), ' ');
    return padding;
}

}  // namespace

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source_text) {
    const SourcePosition& position = diagnostic.position;
    std::string out = diagnostic.file;
    if (position.line > 0) {
        out += fmt::format(":{}", position.line);
        if (position.column > 0) out += fmt::format(":{}", position.column);
    }
    out += fmt::format(": {}: {}\n", severity_name(diagnostic.severity), diagnostic.message);

    if (position.line > 0) {
        if (const auto line = source_line(source_text, position.line)) {
            out += fmt::format("    {}\n", *line);
            if (position.column > 0) {
                out += fmt::format("    {}^\n", caret_padding(*line, position.column));
            }
        }
    }
    for (const std::string& hint : diagnostic.hints) out += fmt::format("    hint: {}\n", hint);
    return out;
}

}  // namespace brochure
