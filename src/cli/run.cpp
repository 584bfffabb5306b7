#include "cli/run.hpp"

#include <cstdio>

#include "cli/commands/commands.hpp"
#include "cli/library_versions.hpp"
#include "cli/profile_schema.hpp"

namespace brochure {

int run(const ParsedOptions& parsed, const CommandEnvironment& environment) {
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "brochure: %s\nTry 'brochure --help'.\n", parsed.error.c_str());
        return kExitUsageOrIo;
    }
    const Options& options = parsed.options;
    switch (options.command) {
        case Command::help:
            std::fputs(usage_text().c_str(), stdout);
            return kExitSuccess;
        case Command::version:
            std::printf("brochure %s\nbuilt with:\n%s", BROCHURE_VERSION, library_versions().c_str());
            return kExitSuccess;
        case Command::schema:
            std::fwrite(profile_schema_text().data(), 1, profile_schema_text().size(), stdout);
            return kExitSuccess;
        case Command::check: return check_command(options, environment);
        case Command::render: return render_command(options, environment);
        case Command::build: return build_command(options, environment);
        case Command::watch: return watch_command(options, environment);
        case Command::init: return init_command(options);
    }
    return kExitInternal;
}

}  // namespace brochure
