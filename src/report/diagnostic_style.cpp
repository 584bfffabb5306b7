#include "report/diagnostic_style.hpp"

#include "report/diagnostic_json.hpp"
#include "report/github_annotations.hpp"
#include "report/sarif_log.hpp"

namespace brochure {

std::optional<DiagnosticStyle> diagnostic_style_named(std::string_view name) {
    if (name == "text") return DiagnosticStyle::text;
    if (name == "json") return DiagnosticStyle::json;
    if (name == "sarif") return DiagnosticStyle::sarif;
    if (name == "github") return DiagnosticStyle::github;
    return std::nullopt;
}

DiagnosticStyle default_diagnostic_style(std::string_view github_actions_variable, bool stderr_is_terminal) {
    return github_actions_variable == "true" && !stderr_is_terminal ? DiagnosticStyle::github : DiagnosticStyle::text;
}

std::string formatted_diagnostics(DiagnosticStyle style, const std::vector<Diagnostic>& diagnostics,
                                  std::string_view source_text) {
    switch (style) {
        case DiagnosticStyle::text: return format_diagnostics(diagnostics, source_text);
        case DiagnosticStyle::json: return json_lines(diagnostics);
        case DiagnosticStyle::github: return github_annotations(diagnostics);
        case DiagnosticStyle::sarif: return {};
    }
    return {};
}

DiagnosticPrinter::DiagnosticPrinter(DiagnosticStyle style, std::FILE* out, std::string tool_version)
    : style_(style), out_(out), tool_version_(std::move(tool_version)) {}

void DiagnosticPrinter::print(const std::vector<Diagnostic>& diagnostics, std::string_view source_text) {
    if (style_ == DiagnosticStyle::sarif) {
        gathered_.insert(gathered_.end(), diagnostics.begin(), diagnostics.end());
        return;
    }
    const std::string text = formatted_diagnostics(style_, diagnostics, source_text);
    std::fwrite(text.data(), 1, text.size(), out_);
    std::fflush(out_);
}

void DiagnosticPrinter::finish() {
    if (style_ != DiagnosticStyle::sarif) return;
    const std::string log = sarif_log(gathered_, tool_version_);
    std::fwrite(log.data(), 1, log.size(), out_);
    std::fflush(out_);
    gathered_.clear();
}

}  // namespace brochure
