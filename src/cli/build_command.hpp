#pragma once
// The build command: many profiles rendered in parallel, with progress, a summary and
// optional JSON and JUnit reports.

#include <string>

#include "cli/options.hpp"
#include "pipeline/render_profile.hpp"

namespace brochure {

/// Runs `brochure build` as `options` asks, rendering with `settings`; `generator_version`
/// decides, with the inputs, whether an earlier PDF is still up to date. Returns the exit
/// code: 0 when every profile was rendered or skipped, else the worst failure's (1 invalid
/// input, 2 I/O or usage).
int build(const Options& options, const RenderSettings& settings, const std::string& generator_version);

}  // namespace brochure
