#include <cmath>

#include "batch/batch_reports.hpp"
#include "batch/batch_summary.hpp"
#include "report/diagnostic_json.hpp"

namespace brochure {

namespace {

using json = nlohmann::ordered_json;

// Milliseconds and seconds to the microsecond: enough for a report, and stable to read.
double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

json result_json(const BatchResult& result) {
    json diagnostics = json::array();
    for (const Diagnostic& diagnostic : result.diagnostics) diagnostics.push_back(diagnostic_json(diagnostic));
    json outputs = json::array();
    if (!is_failure(result.status)) outputs.push_back(result.input.output_path);
    json entry = {{"input", result.input.profile_path}};
    entry["outputs"] = std::move(outputs);
    entry["status"] = status_name(result.status);
    entry["diagnostics"] = std::move(diagnostics);
    entry["bytes"] = result.pdf_bytes;
    entry["milliseconds"] = rounded(result.milliseconds);
    return entry;
}

}  // namespace

std::string json_report(const std::vector<BatchResult>& results, double seconds) {
    const BatchTally tally = tally_results(results);
    json profiles = json::array();
    for (const BatchResult& result : results) profiles.push_back(result_json(result));
    json report = {{"summary",
                    {{"rendered", tally.rendered},
                     {"skipped", tally.skipped},
                     {"failed", tally.failed},
                     {"warnings", tally.warnings},
                     {"seconds", rounded(seconds)}}}};
    // Moved, not listed in the braces above, which would copy every profile's entry.
    report["profiles"] = std::move(profiles);
    return json_text(report, true) + "\n";
}

}  // namespace brochure
