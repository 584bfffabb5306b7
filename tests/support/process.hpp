#pragma once
// Running other programs from tests: the brochure executable and the PDF tools.

#include <string>
#include <vector>

namespace brochure::test {

/// What a finished command printed and how it exited.
struct CommandResult {
    int exit_code = -1;   ///< the program's exit status; -1 when it was killed or not run
    std::string out;      ///< everything written to stdout
    std::string err;      ///< everything written to stderr
};

/// Quotes `word` for /bin/sh so that it reaches the program as one argument, unchanged.
std::string shell_quote(const std::string& word);

/// Runs `argv` (quoted for the shell) with stdin from /dev/null, capturing stdout and
/// stderr in files of a private temporary folder, so the command's own folders stay clean.
/// `environment` holds NAME=value settings added for this command only; a bare NAME
/// removes that variable.
CommandResult run_command(const std::vector<std::string>& argv,
                          const std::vector<std::string>& environment = {});

/// True when `tool` is found on PATH.
bool tool_on_path(const std::string& tool);

}  // namespace brochure::test
