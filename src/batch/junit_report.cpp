#include <fmt/format.h>

#include "batch/batch_reports.hpp"
#include "batch/batch_summary.hpp"
#include "core/xml_text.hpp"

namespace brochure {

namespace {

// "file:line:column: message", the position left out where unknown.
std::string located_message(const Diagnostic& diagnostic) {
    std::string where = diagnostic.file;
    if (diagnostic.position.line > 0) where += fmt::format(":{}", diagnostic.position.line);
    if (diagnostic.position.line > 0 && diagnostic.position.column > 0) where += fmt::format(":{}", diagnostic.position.column);
    return where + ": " + diagnostic.message;
}

std::string testcase_xml(const BatchResult& result) {
    std::string body;
    if (is_failure(result.status)) {
        std::string type = status_name(result.status);
        std::string first_error = type;
        for (const Diagnostic& diagnostic : result.diagnostics)
            if (diagnostic.severity == Severity::error) {
                const RuleInfo& rule = rule_info(diagnostic.rule);
                type = fmt::format("{} {}", rule.id, rule.name);
                first_error = located_message(diagnostic);
                break;
            }
        body = fmt::format("\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    ", xml_attribute(type),
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
