#include "report/github_annotations.hpp"

#include <fmt/format.h>

namespace brochure {

namespace {

// The message of a workflow command: "%", CR and LF are written as %25, %0D and %0A.
std::string escaped_data(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out += c;
    }
    return out;
}

// A property value: as the message, and ":" and "," too, which separate properties.
std::string escaped_property(const std::string& text) {
    std::string out;
    for (char c : escaped_data(text)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

}  // namespace

std::string github_annotation(const Diagnostic& diagnostic) {
    const RuleInfo& rule = rule_info(diagnostic.rule);
    std::string properties = "file=" + escaped_property(diagnostic.file);
    if (diagnostic.position.line > 0) {
        properties += fmt::format(",line={}", diagnostic.position.line);
        if (diagnostic.position.column > 0) properties += fmt::format(",col={}", diagnostic.position.column);
        if (diagnostic.end.line > 0 && diagnostic.end.column > diagnostic.position.column)
            properties += fmt::format(",endLine={},endColumn={}", diagnostic.end.line, diagnostic.end.column);
    }
    properties += ",title=" + escaped_property(fmt::format("{} {}", rule.id, rule.name));
    std::string message = diagnostic.message;
    for (const std::string& hint : diagnostic.hints) message += "\nhint: " + hint;
    return fmt::format("::{} {}::{}\n", diagnostic.severity == Severity::error ? "error" : "warning", properties,
                       escaped_data(message));
}

std::string github_annotations(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& diagnostic : diagnostics) out += github_annotation(diagnostic);
    return out;
}

}  // namespace brochure
