#include "cli/commands/commands.hpp"

#include "cli/render_settings.hpp"
#include "io/standard_streams.hpp"

namespace brochure {

int render_command(const Options& options, const CommandEnvironment& environment) {
    const std::string& profile_path = options.profiles.front();
    if (profile_path == kStandardStreamPath && options.output_path.empty()) {
        print_error(kStandardInputName, "a profile read from standard input needs -o OUT.pdf, or -o - for standard output");
        return kExitUsageOrIo;
    }
    if (options.output_path == kStandardStreamPath && standard_output_is_terminal()) {
        print_error("<stdout>", "refusing to write a PDF to a terminal: redirect standard output, or give -o OUT.pdf");
        return kExitUsageOrIo;
    }
    DiagnosticPrinter printer(diagnostic_style_for(options, environment), stderr, BROCHURE_VERSION);
    const int code = with_render_settings(options, environment, [&](const RenderSettings& settings) {
        const std::string output_path =
            options.output_path.empty() ? default_output_for(profile_path) : options.output_path;
        return report_outcome(render_profile_file(profile_path, output_path, settings), printer);
    });
    printer.finish();
    return code;
}

}  // namespace brochure
