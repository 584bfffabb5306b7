#include "cli/commands/commands.hpp"

#include "cli/render_settings.hpp"

namespace brochure {

int check_command(const Options& options, const CommandEnvironment& environment) {
    DiagnosticPrinter printer(diagnostic_style_for(options, environment), stderr, BROCHURE_VERSION);
    const int code = with_render_settings(options, environment, [&](const RenderSettings& settings) {
        int worst = kExitSuccess;
        for (const std::string& path : options.profiles)
            worst = std::max(worst, report_outcome(check_profile_file(path, settings), printer));
        return worst;
    });
    printer.finish();
    return code;
}

}  // namespace brochure
