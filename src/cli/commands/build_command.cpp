#include "cli/commands/commands.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "batch/batch_input.hpp"
#include "batch/batch_progress.hpp"
#include "batch/batch_reports.hpp"
#include "batch/batch_summary.hpp"
#include "batch/build_cache.hpp"
#include "batch/console_observer.hpp"
#include "batch/run_batch.hpp"
#include "batch/shard.hpp"
#include "cli/render_settings.hpp"
#include "io/files.hpp"
#include "report/sarif_log.hpp"

namespace brochure {

namespace {

// Every setting that changes the bytes of a PDF, as text for the build's key.
std::string output_options_text(const RenderSettings& settings) {
    const PageSpec& page = settings.page;
    return fmt::format("page {} {} {} {}; pages {}; format {}; imposed {}; target {}; pdfa {}; date {}; werror {}; assets {}",
                       page.width_pt, page.height_pt, page.bleed_pt, page.mark_area_pt, settings.page_count,
                       format_name(settings.format), settings.imposed, settings.target == Target::print ? "print" : "screen",
                       settings.pdfa, settings.source_date_epoch ? std::to_string(*settings.source_date_epoch) : "none",
                       settings.warnings_are_errors, settings.assets_root);
}

// JSON Lines and SARIF keep standard error machine-readable: no progress, no summary.
bool is_machine_style(DiagnosticStyle style) { return style == DiagnosticStyle::json || style == DiagnosticStyle::sarif; }

BatchProgress::Style progress_style(const Options& options, DiagnosticStyle style) {
    if (options.quiet || is_machine_style(style)) return BatchProgress::Style::none;
    return ::isatty(::fileno(stderr)) ? BatchProgress::Style::bar : BatchProgress::Style::lines;
}

int exit_code_of(BatchStatus status) {
    switch (status) {
        case BatchStatus::rendered:
        case BatchStatus::skipped: return kExitSuccess;
        case BatchStatus::invalid_input: return kExitInvalidInput;
        case BatchStatus::io_error: return kExitUsageOrIo;
    }
    return kExitInternal;
}

// Writes one report, unless it would replace one of `protected_files`; false (after
// saying why) when it cannot.
bool write_report(const std::string& path, const std::function<std::string()>& text,
                  const std::vector<FileIdentity>& protected_files) {
    if (path.empty()) return true;  // not asked for: not even made (a large batch's report is megabytes)
    std::string reason = unsafe_output_reason(path, protected_files);
    if (reason.empty()) reason = write_file_atomically(path, text());
    if (reason.empty()) return true;
    std::fprintf(stderr, "%s: error: %s\n", path.c_str(), reason.c_str());
    return false;
}

// Renders the batch `options` asks for with `settings`. `generator_version` decides, with
// the inputs, whether an earlier PDF is still up to date. The exit code is 0 when every
// profile was rendered or skipped, else the worst failure's (1 invalid input, 2 I/O).
int build_with(const Options& options, const RenderSettings& settings, const std::string& generator_version,
               DiagnosticStyle style) {
    const auto start = std::chrono::steady_clock::now();
    const std::optional<Shard> shard = options.shard.empty() ? Shard{} : shard_from_text(options.shard);
    if (!shard) {
        std::fprintf(stderr, "brochure: --shard expects K/N with 1 <= K <= N, got '%s'\n", options.shard.c_str());
        return kExitUsageOrIo;
    }
    BatchSettings batch;
    batch.render = settings;
    batch.out_dir = options.out_dir;
    batch.force = options.force;
    batch.keep_diagnostics = !options.report_path.empty() || !options.junit_path.empty() || style == DiagnosticStyle::sarif;
    batch.jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    std::string key_error;
    batch.run_key = run_key(generator_version, settings.fonts, output_options_text(settings), key_error);
    if (batch.run_key.empty()) {
        std::fprintf(stderr, "brochure: error: %s\n", key_error.c_str());
        return kExitUsageOrIo;
    }

    const Discovery discovery = discover_inputs(options.profiles, options.out_dir);
    const std::vector<BatchInput> inputs = inputs_of_shard(discovery.inputs, *shard);
    // No PDF may replace a profile of the batch, and no report a profile, a font or a PDF.
    for (const BatchInput& input : discovery.inputs)
        if (const auto identity = file_identity(input.profile_path)) batch.render.inputs.push_back(*identity);
    std::vector<FileIdentity> not_for_reports = batch.render.inputs;
    BatchProgress progress(stderr, progress_style(options, style), inputs.size());
    ConsoleObserver observer(progress, options.quiet, style);

    std::vector<BatchResult> results;
    for (const Diagnostic& problem : discovery.problems) {
        BatchResult& result = results.emplace_back();
        result.input.profile_path = problem.file;
        result.input.relative_path = problem.file;
        result.status = BatchStatus::io_error;
        result.diagnostics.push_back(problem);
        result.warnings = warning_count(result.diagnostics);
        result.printed = format_diagnostic(problem, {});
        observer.profile_finished(result, 0);
    }
    for (BatchResult& result : run_batch(inputs, batch, observer)) results.push_back(std::move(result));
    progress.finish();
    for (const BatchInput& input : discovery.inputs)
        if (const auto identity = file_identity(input.output_path)) not_for_reports.push_back(*identity);

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    int worst = kExitSuccess;
    for (const BatchResult& result : results) worst = std::max(worst, exit_code_of(result.status));
    if (!write_report(options.report_path, [&] { return json_report(results, seconds); }, not_for_reports))
        worst = std::max(worst, kExitUsageOrIo);
    if (const auto report = file_identity(options.report_path)) not_for_reports.push_back(*report);
    if (!write_report(options.junit_path, [&] { return junit_report(results, seconds); }, not_for_reports))
        worst = std::max(worst, kExitUsageOrIo);
    if (style == DiagnosticStyle::sarif) {
        std::vector<Diagnostic> all;
        for (const BatchResult& result : results)
            if (!options.quiet || is_failure(result.status))
                all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
        std::fputs(sarif_log(all, generator_version).c_str(), stderr);
    }
    if (!options.quiet && !is_machine_style(style)) std::fprintf(stderr, "%s\n", summary_line(tally_results(results), seconds).c_str());
    return worst;
}

}  // namespace

int build_command(const Options& options, const CommandEnvironment& environment) {
    return with_render_settings(options, environment, [&](const RenderSettings& settings) {
        return build_with(options, settings, BROCHURE_VERSION, diagnostic_style_for(options, environment));
    });
}

}  // namespace brochure
