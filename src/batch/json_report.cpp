#include <fmt/format.h>

#include "batch/batch_reports.hpp"
#include "batch/batch_summary.hpp"
#include "batch/report_escape.hpp"

namespace brochure {

namespace {

std::string diagnostic_json(const Diagnostic& diagnostic) {
    std::string hints;
    for (const std::string& hint : diagnostic.hints) hints += (hints.empty() ? "" : ", ") + json_quoted(hint);
    return fmt::format(
        R"({{"file": {}, "line": {}, "column": {}, "severity": {}, "message": {}, "hints": [{}]}})",
        json_quoted(diagnostic.file), diagnostic.position.line, diagnostic.position.column,
        diagnostic.severity == Severity::error ? "\"error\"" : "\"warning\"", json_quoted(diagnostic.message),
        hints);
}

std::string result_json(const BatchResult& result) {
    const bool has_output = !is_failure(result.status);
    std::string diagnostics;
    for (const Diagnostic& diagnostic : result.diagnostics)
        diagnostics += (diagnostics.empty() ? "\n      " : ",\n      ") + diagnostic_json(diagnostic);
    if (!diagnostics.empty()) diagnostics += "\n    ";
    return fmt::format(
        "    {{\"input\": {}, \"outputs\": [{}], \"status\": \"{}\", \"diagnostics\": [{}], \"bytes\": {}, "
        "\"milliseconds\": {:.3f}}}",
        json_quoted(result.input.profile_path), has_output ? json_quoted(result.input.output_path) : "",
        status_name(result.status), diagnostics, result.pdf_bytes, result.milliseconds);
}

}  // namespace

std::string json_report(const std::vector<BatchResult>& results, double seconds) {
    const BatchTally tally = tally_results(results);
    std::string profiles;
    for (const BatchResult& result : results) profiles += (profiles.empty() ? "\n" : ",\n") + result_json(result);
    return fmt::format(
        "{{\n  \"summary\": {{\"rendered\": {}, \"skipped\": {}, \"failed\": {}, \"warnings\": {}, "
        "\"seconds\": {:.3f}}},\n  \"profiles\": [{}\n  ]\n}}\n",
        tally.rendered, tally.skipped, tally.failed, tally.warnings, seconds, profiles);
}

}  // namespace brochure
