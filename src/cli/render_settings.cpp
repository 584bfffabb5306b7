#include "cli/render_settings.hpp"

#include <cstdio>
#include <filesystem>
#include <optional>

#include "fonts/truetype_metrics.hpp"
#include "image/svg_worker_client.hpp"
#include "io/installed_data.hpp"

namespace brochure {

void print_error(const std::string& file, const std::string& message) {
    std::fprintf(stderr, "%s: error: %s\n", file.c_str(), message.c_str());
}

int report_outcome(const ProfileOutcome& outcome, DiagnosticPrinter& printer) {
    printer.print(outcome.diagnostics, outcome.source_text);
    switch (outcome.status) {
        case ProfileStatus::ok:
            return kExitSuccess;
        case ProfileStatus::invalid_input:
            return kExitInvalidInput;
        case ProfileStatus::io_error:
            return kExitUsageOrIo;
    }
    return kExitInternal;
}

namespace {

std::optional<FontFiles> font_files_in(const std::string& dir) {
    const std::filesystem::path folder(dir);
    FontFiles files{(folder / "NotoSans-Regular.ttf").string(), (folder / "NotoSans-Bold.ttf").string(),
                    (folder / "NotoSans-Italic.ttf").string(), (folder / "NotoSans-BoldItalic.ttf").string()};
    for (const std::string* path : {&files.regular, &files.bold, &files.italic, &files.bold_italic}) {
        const std::string problem = check_font_file(*path);
        if (!problem.empty()) {
            print_error(*path, problem);
            return std::nullopt;
        }
    }
    return files;
}

// The last second a PDF date (D:YYYYMMDDHHmmSS) can hold: 9999-12-31 23:59:59 UTC.
constexpr long long kLastDateEpoch = 253'402'300'799;

std::optional<long long> epoch_from(const std::string& text) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 12)
        return std::nullopt;
    const long long seconds = std::stoll(text);
    if (seconds > kLastDateEpoch) return std::nullopt;
    return seconds;
}

// The fonts installed beside the executable, else those of the tree it was built from.
std::string default_font_dir() {
    const std::string installed = installed_data_path("fonts");
    return installed.empty() ? BROCHURE_DEFAULT_FONT_DIR : installed;
}

}  // namespace

std::string default_output_for(const std::string& profile_path) {
    return std::filesystem::path(profile_path).replace_extension(".pdf").string();
}

DiagnosticStyle diagnostic_style_for(const Options& options, const CommandEnvironment& environment) {
    return options.diagnostics.value_or(
        default_diagnostic_style(environment.github_actions, environment.stderr_is_terminal));
}

int with_render_settings(const Options& options, const CommandEnvironment& environment,
                         const std::function<int(const RenderSettings&)>& use) {
    // Every command that renders or checks may meet an SVG: the worker that draws them
    // loads its libraries while this process reads its fonts and the profiles.
    SvgWorkerClient::shared().start_ahead();
    const std::string& source_date_epoch = environment.source_date_epoch;
    RenderSettings settings;
    settings.warnings_are_errors = options.warnings_are_errors;
    settings.source_date_epoch = epoch_from(source_date_epoch);
    settings.page = options.paper == Paper::letter ? kLetterPaper : kA4Paper;
    settings.page_count = options.pages;
    settings.format = options.format;
    settings.imposed = options.imposed;
    settings.target = options.print ? Target::print : Target::screen;
    settings.pdfa = options.pdfa;
    settings.assets_root = options.assets_dir;
    if (!source_date_epoch.empty() && !settings.source_date_epoch) {
        print_error("SOURCE_DATE_EPOCH", "expected a whole number of seconds from 0 to " +
                                             std::to_string(kLastDateEpoch) + " (the end of the year 9999), got '" +
                                             source_date_epoch + "'");
        return kExitUsageOrIo;
    }
    const std::optional<FontFiles> fonts = font_files_in(options.font_dir.empty() ? default_font_dir() : options.font_dir);
    if (!fonts) return kExitUsageOrIo;
    const TrueTypeMetrics metrics(*fonts);
    settings.fonts = *fonts;
    settings.metrics = &metrics;
    for (const std::string* path : {&fonts->regular, &fonts->bold, &fonts->italic, &fonts->bold_italic})
        if (const auto identity = file_identity(*path)) settings.inputs.push_back(*identity);
    return use(settings);
}

}  // namespace brochure
