#include "core/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/utf8.hpp"

namespace brochure {

namespace {

// A quoted source line is shown whole up to this many code points; a longer one is cut
// to a window of this width around the column, so that a diagnostic on a megabyte-long
// line stays one screen line.
constexpr std::size_t kSourceWindowChars = 100;

std::string_view severity_name(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

// Characters never sent to a terminal as they are: controls (C0, DEL, C1), which can move
// its cursor or change its colours, and bidirectional controls, which reorder what it shows.
bool is_escaped(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string escape_of(char32_t c) { return fmt::format("\\u{{{:02X}}}", static_cast<unsigned>(c)); }

// `text` with every is_escaped character shown as \u{XX}. Tabs stay tabs when `keep_tabs`
// is set (source lines, whose caret line copies them).
std::string printable(std::string_view text, bool keep_tabs = false) {
    std::string shown;
    for (std::size_t index = 0; index < text.size();) {
        const std::size_t start = index;
        const char32_t c = next_code_point(text, index);
        if (is_escaped(c) && !(keep_tabs && c == '\t'))
            shown += escape_of(c);
        else
            shown.append(text.substr(start, index - start));
    }
    return shown;
}

bool is_continuation_byte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Byte offset of code point `index` of `line`, starting the count at byte `from` (code
// point `from_index`); the line's size when it has fewer code points.
std::size_t offset_of_code_point(std::string_view line, std::size_t index, std::size_t from = 0,
                                 std::size_t from_index = 0) {
    std::size_t offset = from;
    for (std::size_t seen = from_index; offset < line.size(); ++offset) {
        if (is_continuation_byte(line[offset])) continue;
        if (seen++ == index) return offset;
    }
    return line.size();
}

// The source line and caret of a diagnostic at code point `column` (from 1; 0: no caret).
// Only the window shown is decoded, so that quoting a megabyte-long line costs one scan.
std::string quoted_source(std::string_view line, int column) {
    std::size_t length = 0;
    for (char byte : line) length += !is_continuation_byte(byte);
    std::size_t first = 0;
    std::size_t last = length;
    if (length > kSourceWindowChars) {
        const std::size_t at = column > 0 ? static_cast<std::size_t>(column - 1) : 0;
        first = at > kSourceWindowChars / 2 ? std::min(at - kSourceWindowChars / 2, length - kSourceWindowChars) : 0;
        last = first + kSourceWindowChars;
    }
    const std::size_t first_byte = offset_of_code_point(line, first);
    const std::size_t last_byte = offset_of_code_point(line, last, first_byte, first);
    const std::string before = first > 0 ? "…" : "";
    const std::string after = last < length ? "…" : "";
    const std::string_view shown = line.substr(first_byte, last_byte - first_byte);
    std::string out = fmt::format("    {}{}{}\n", before, printable(shown, true), after);
    if (column <= 0) return out;

    // Padding that puts the caret under the column: a tab where the line has a tab, so the
    // caret lines up whatever the terminal's tab width, and the width of an escape where
    // a control character was shown as one.
    std::string padding(before.empty() ? 0 : 1, ' ');
    const std::size_t target = static_cast<std::size_t>(column - 1);
    std::size_t index = 0;
    for (std::size_t i = first; i < std::min(target, last) && index < shown.size(); ++i) {
        const char32_t c = next_code_point(shown, index);
        padding += c == '\t' ? std::string("\t") : std::string(is_escaped(c) ? escape_of(c).size() : 1, ' ');
    }
    // A column just past the end of the line (e.g. "missing value at end of line").
    if (target > length) padding.append(target - length, ' ');
    return out + fmt::format("    {}^\n", padding);
}

}  // namespace

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void limit_diagnostics(std::vector<Diagnostic>& diagnostics, std::size_t most) {
    if (diagnostics.size() <= most + 1) return;  // a summary line would hide no more than one
    std::size_t errors = 0;
    for (std::size_t i = most; i < diagnostics.size(); ++i) errors += diagnostics[i].severity == Severity::error;
    const std::size_t omitted = diagnostics.size() - most;
    Diagnostic summary{errors > 0 ? Severity::error : Severity::warning, diagnostics[most].file, {},
                       fmt::format("… and {} more not shown ({} errors, {} warnings)", group_thousands(static_cast<long long>(omitted)),
                                   group_thousands(static_cast<long long>(errors)),
                                   group_thousands(static_cast<long long>(omitted - errors))),
                       {"fix the problems above first; the rest are often of the same kind"},
                       diagnostics[most].rule};
    diagnostics.resize(most);
    diagnostics.push_back(std::move(summary));
}

std::string group_thousands(long long value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return value < 0 ? "-" + grouped : grouped;
}

std::string format_diagnostic(const Diagnostic& diagnostic, const SourceLines& source) {
    const SourcePosition& position = diagnostic.position;
    std::string out = printable(diagnostic.file);
    if (position.line > 0) {
        out += fmt::format(":{}", position.line);
        if (position.column > 0) out += fmt::format(":{}", position.column);
    }
    out += fmt::format(": {}: {}\n", severity_name(diagnostic.severity), printable(diagnostic.message));
    if (position.line > 0)
        if (const auto line = source.line(position.line)) out += quoted_source(*line, position.column);
    for (const std::string& hint : diagnostic.hints) out += fmt::format("    hint: {}\n", printable(hint));
    return out;
}

std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source_text) {
    return format_diagnostic(diagnostic, SourceLines(source_text));
}

std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics, std::string_view source_text) {
    const SourceLines source(source_text);
    std::string out;
    for (const Diagnostic& diagnostic : diagnostics) out += format_diagnostic(diagnostic, source);
    return out;
}

}  // namespace brochure
