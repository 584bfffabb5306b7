#include "support/process.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <stdexcept>

#include "support/files.hpp"
#include "support/temp_dir.hpp"

namespace brochure::test {

std::string shell_quote(const std::string& word) {
    std::string quoted = "'";
    for (char c : word) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    return quoted + "'";
}

CommandResult run_command(const std::vector<std::string>& argv,
                          const std::vector<std::string>& environment) {
    if (argv.empty()) throw std::invalid_argument("run_command: no program given");
    TempDir capture("capture");
    const auto out_path = capture.path() / "stdout";
    const auto err_path = capture.path() / "stderr";

    // env takes its options (-u NAME) before the first NAME=value. (Appending piece by
    // piece also keeps GCC 12 from a false -Wrestrict warning on `"literal" + string`.)
    std::string removals, settings;
    for (const auto& setting : environment) {
        if (setting.find('=') == std::string::npos) {
            removals.append(" -u ").append(shell_quote(setting));
        } else {
            settings.append(" ").append(shell_quote(setting));
        }
    }
    std::string command = "env";
    command.append(removals).append(settings);
    for (const auto& word : argv) command.append(" ").append(shell_quote(word));
    command.append(" </dev/null >").append(shell_quote(out_path.string()));
    command.append(" 2>").append(shell_quote(err_path.string()));

    const int status = std::system(command.c_str());
    CommandResult result;
    if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    result.out = read_bytes(out_path);
    result.err = read_bytes(err_path);
    return result;
}

bool tool_on_path(const std::string& tool) {
    const std::string command = "command -v " + shell_quote(tool) + " >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

}  // namespace brochure::test
