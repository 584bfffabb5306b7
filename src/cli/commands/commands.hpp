#pragma once
// The commands, one file each: each carries out its part of a parsed command line and
// returns the process exit code (options.hpp lists them).

#include <string>

#include "cli/command_environment.hpp"
#include "cli/options.hpp"

namespace brochure {

/// render: one profile to one PDF (or standard input to standard output).
int render_command(const Options& options, const CommandEnvironment& environment);

/// check: validates and lays out profiles, writing nothing.
int check_command(const Options& options, const CommandEnvironment& environment);

/// build: many profiles in parallel, with progress, a summary and reports.
int build_command(const Options& options, const CommandEnvironment& environment);

/// watch: render, then render again on every change to the profile or its images.
int watch_command(const Options& options, const CommandEnvironment& environment);

/// init: writes a commented starting profile.
int init_command(const Options& options);

}  // namespace brochure
