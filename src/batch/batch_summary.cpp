#include "batch/batch_summary.hpp"

#include <fmt/format.h>

namespace brochure {

BatchTally tally_results(const std::vector<BatchResult>& results) {
    BatchTally tally;
    for (const BatchResult& result : results) {
        if (result.status == BatchStatus::rendered) ++tally.rendered;
        else if (result.status == BatchStatus::skipped) ++tally.skipped;
        else ++tally.failed;
        tally.warnings += result.warnings;
    }
    return tally;
}

std::size_t warning_count(const std::vector<Diagnostic>& diagnostics) {
    std::size_t count = 0;
    for (const Diagnostic& diagnostic : diagnostics) count += diagnostic.severity == Severity::warning;
    return count;
}

std::string summary_line(const BatchTally& tally, double seconds) {
    return fmt::format("brochure: {} rendered, {} skipped, {} failed, {} warning{} in {:.2f} s", tally.rendered,
                       tally.skipped, tally.failed, tally.warnings, tally.warnings == 1 ? "" : "s", seconds);
}

const char* status_name(BatchStatus status) {
    switch (status) {
        case BatchStatus::rendered: return "rendered";
        case BatchStatus::skipped: return "skipped";
        case BatchStatus::invalid_input: return "invalid_input";
        case BatchStatus::io_error: return "io_error";
    }
    return "io_error";
}

bool is_failure(BatchStatus status) {
    return status == BatchStatus::invalid_input || status == BatchStatus::io_error;
}

}  // namespace brochure
