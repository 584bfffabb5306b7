#pragma once
// The settings every profile of one command is rendered with, made once from the
// options: fonts checked and measured, paper, format, target, the creation date.

#include <functional>
#include <string>

#include "cli/command_environment.hpp"
#include "cli/options.hpp"
#include "pipeline/render_profile.hpp"
#include "report/diagnostic_style.hpp"

namespace brochure {

/// Prints "file: error: message" on stderr, for problems outside any profile.
void print_error(const std::string& file, const std::string& message);

/// Builds the render settings, then runs `use` with them; the exit code is use's, or 2
/// (after saying why) when the settings cannot be made: unusable fonts, a bad
/// SOURCE_DATE_EPOCH.
int with_render_settings(const Options& options, const CommandEnvironment& environment,
                         const std::function<int(const RenderSettings&)>& use);

/// The style diagnostics are printed in: --diagnostics, else the environment's default.
DiagnosticStyle diagnostic_style_for(const Options& options, const CommandEnvironment& environment);

/// Prints the outcome's diagnostics through `printer` and maps its status to an exit code.
int report_outcome(const ProfileOutcome& outcome, DiagnosticPrinter& printer);

/// Where render and watch write when -o is not given: the profile's path with .pdf.
std::string default_output_for(const std::string& profile_path);

}  // namespace brochure
