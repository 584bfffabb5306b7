#pragma once
// Carrying out a parsed command line.

#include "cli/command_environment.hpp"
#include "cli/options.hpp"

namespace brochure {

/// Runs the command in `parsed` and returns the process exit code.
int run(const ParsedOptions& parsed, const CommandEnvironment& environment);

}  // namespace brochure
