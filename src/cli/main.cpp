// The command line: parse options, read the clock and environment once, call the
// library stages in order, print diagnostics, map the outcome to an exit code.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "cli/run.hpp"
#include "io/files.hpp"

int main(int argc, char** argv) {
    // Started with stderr closed, the first font opened would become descriptor 2 and
    // receive every warning.
    if (!brochure::open_closed_standard_descriptors()) return brochure::kExitUsageOrIo;
    // An interrupted render must not leave its temporary output file behind.
    brochure::install_cleanup_on_signals();
    try {
        const std::vector<std::string> args(argv + 1, argv + argc);
        const brochure::ParsedOptions parsed = brochure::parse_options(args);
        const auto variable = [](const char* name) {
            const char* value = std::getenv(name);
            return value ? std::string(value) : std::string();
        };
        const brochure::CommandEnvironment environment{variable("SOURCE_DATE_EPOCH"), variable("GITHUB_ACTIONS"),
                                                       ::isatty(STDERR_FILENO) == 1};
        return brochure::run(parsed, environment);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "brochure: internal error: %s\n", error.what());
        return brochure::kExitInternal;
    }
}
