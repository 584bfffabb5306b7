// The command line: parse options, read the clock and environment once, call the
// library stages in order, print diagnostics, map the outcome to an exit code.

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
        const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
        return brochure::run(parsed, epoch ? std::string(epoch) : std::string());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "brochure: internal error: %s\n", error.what());
        return brochure::kExitInternal;
    }
}
