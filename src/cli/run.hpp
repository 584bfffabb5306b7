#pragma once
// Carrying out a parsed command line.

#include <string>

#include "cli/options.hpp"

namespace brochure {

/// Runs the command in `parsed` and returns the process exit code. `source_date_epoch` is
/// the SOURCE_DATE_EPOCH environment variable's value, or empty when unset.
int run(const ParsedOptions& parsed, const std::string& source_date_epoch);

}  // namespace brochure
