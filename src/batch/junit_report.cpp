#include <fmt/format.h>

#include "batch/batch_reports.hpp"
#include "batch/batch_summary.hpp"
#include "core/xml_text.hpp"

namespace brochure {

namespace {

std::string testcase_xml(const BatchResult& result) {
    std::string body;
    if (is_failure(result.status)) {
        std::string first_error = status_name(result.status);
        for (const Diagnostic& diagnostic : result.diagnostics)
            if (diagnostic.severity == Severity::error) {
                first_error = diagnostic.message;
                break;
            }
        body = fmt::format("\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    ", status_name(result.status),
                           xml_attribute(first_error), xml_escaped(result.printed));
    } else if (result.status == BatchStatus::skipped) {
        body = "\n      <skipped message=\"up to date\"/>\n    ";
    } else if (!result.diagnostics.empty()) {
        body = fmt::format("\n      <system-err>{}</system-err>\n    ", xml_escaped(result.printed));
    }
    return fmt::format("    <testcase classname=\"brochure.build\" name=\"{}\" file=\"{}\" time=\"{:.3f}\">{}</testcase>\n",
                       xml_attribute(result.input.relative_path), xml_attribute(result.input.profile_path),
                       result.milliseconds / 1000.0, body);
}

}  // namespace

std::string junit_report(const std::vector<BatchResult>& results, double seconds) {
    const BatchTally tally = tally_results(results);
    std::string cases;
    for (const BatchResult& result : results) cases += testcase_xml(result);
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites tests=\"{0}\" failures=\"{1}\" skipped=\"{2}\" time=\"{3:.3f}\">\n"
        "  <testsuite name=\"brochure build\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" skipped=\"{2}\" "
        "time=\"{3:.3f}\">\n{4}  </testsuite>\n</testsuites>\n",
        results.size(), tally.failed, tally.skipped, seconds, cases);
}

}  // namespace brochure
