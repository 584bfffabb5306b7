#pragma once
// Counting what a batch did, for the summary line and the reports.

#include <cstddef>
#include <string>
#include <vector>

#include "batch/run_batch.hpp"

namespace brochure {

/// How many profiles ended each way, and how many warnings they gave.
struct BatchTally {
    std::size_t rendered = 0;
    std::size_t skipped = 0;
    std::size_t failed = 0;    ///< invalid input or I/O error
    std::size_t warnings = 0;  ///< warning diagnostics over all profiles
};

/// Counts `results`.
BatchTally tally_results(const std::vector<BatchResult>& results);

/// How many of `diagnostics` are warnings (BatchResult::warnings).
std::size_t warning_count(const std::vector<Diagnostic>& diagnostics);

/// "brochure: 997 rendered, 0 skipped, 3 failed, 997 warnings in 2.41 s", no newline.
std::string summary_line(const BatchTally& tally, double seconds);

/// The word the reports use for `status`: rendered, skipped, invalid_input or io_error.
const char* status_name(BatchStatus status);

/// True for the statuses that count as failures.
bool is_failure(BatchStatus status);

}  // namespace brochure
