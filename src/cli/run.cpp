#include "cli/run.hpp"

#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>

#include "cli/build_command.hpp"
#include "cli/library_versions.hpp"
#include "cli/profile_schema.hpp"
#include "core/diagnostic.hpp"
#include "fonts/truetype_metrics.hpp"
#include "io/installed_data.hpp"
#include "io/standard_streams.hpp"
#include "pipeline/render_profile.hpp"

namespace brochure {

namespace {

void print_error(const std::string& file, const std::string& message) {
    std::fprintf(stderr, "%s: error: %s\n", file.c_str(), message.c_str());
}

/// Prints the outcome's diagnostics and maps its status to an exit code.
int report(const ProfileOutcome& outcome) {
    std::fputs(format_diagnostics(outcome.diagnostics, outcome.source_text).c_str(), stderr);
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

std::string default_output_for(const std::string& profile_path) {
    return std::filesystem::path(profile_path).replace_extension(".pdf").string();
}

// Builds the settings every profile of the command is rendered with (fonts checked and
// measured once), then runs `use` with them; the exit code is use's, or 2 when the
// settings cannot be made.
int with_render_settings(const Options& options, const std::string& source_date_epoch,
                         const std::function<int(const RenderSettings&)>& use) {
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

int check(const Options& options, const std::string& source_date_epoch) {
    return with_render_settings(options, source_date_epoch, [&](const RenderSettings& settings) {
        int worst = kExitSuccess;
        for (const std::string& path : options.profiles)
            worst = std::max(worst, report(check_profile_file(path, settings)));
        return worst;
    });
}

int render(const Options& options, const std::string& source_date_epoch) {
    const std::string& profile_path = options.profiles.front();
    if (profile_path == kStandardStreamPath && options.output_path.empty()) {
        print_error(kStandardInputName, "a profile read from standard input needs -o OUT.pdf, or -o - for standard output");
        return kExitUsageOrIo;
    }
    if (options.output_path == kStandardStreamPath && standard_output_is_terminal()) {
        print_error("<stdout>", "refusing to write a PDF to a terminal: redirect standard output, or give -o OUT.pdf");
        return kExitUsageOrIo;
    }
    return with_render_settings(options, source_date_epoch, [&](const RenderSettings& settings) {
        const std::string output_path =
            options.output_path.empty() ? default_output_for(profile_path) : options.output_path;
        return report(render_profile_file(profile_path, output_path, settings));
    });
}

}  // namespace

int run(const ParsedOptions& parsed, const std::string& source_date_epoch) {
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
        case Command::check:
            return check(options, source_date_epoch);
        case Command::render:
            return render(options, source_date_epoch);
        case Command::build:
            return with_render_settings(options, source_date_epoch, [&](const RenderSettings& settings) {
                return build(options, settings, BROCHURE_VERSION);
            });
    }
    return kExitInternal;
}

}  // namespace brochure
