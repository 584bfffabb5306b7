#include "cli/run.hpp"

#include <cstdio>
#include <filesystem>
#include <optional>

#include "core/diagnostic.hpp"
#include "fonts/truetype_metrics.hpp"
#include "io/files.hpp"
#include "layout/layout_brochure.hpp"
#include "model/load_profile.hpp"
#include "render/pdf/render_pdf.hpp"

namespace brochure {

namespace {

constexpr std::size_t kMaxProfileBytes = 1024 * 1024;

void print_error(const std::string& file, const std::string& message) {
    std::fprintf(stderr, "%s: error: %s\n", file.c_str(), message.c_str());
}

/// Prints every diagnostic; with --werror warnings are printed and counted as errors.
/// Returns true when the input must be rejected.
bool report(std::vector<Diagnostic> diagnostics, const std::string& source_text, bool warnings_are_errors) {
    for (Diagnostic& diagnostic : diagnostics) {
        if (warnings_are_errors) diagnostic.severity = Severity::error;
        std::fputs(format_diagnostic(diagnostic, source_text).c_str(), stderr);
    }
    return has_errors(diagnostics);
}

/// A validated profile and the text it came from; nullopt after printing why not.
struct LoadedProfile {
    Profile profile;
    std::string source_text;
};

std::optional<LoadedProfile> load(const std::string& path, bool warnings_are_errors, int& exit_code) {
    ReadResult read = read_file(path, kMaxProfileBytes);
    if (!read.ok()) {
        print_error(path, read.error);
        exit_code = kExitUsageOrIo;
        return std::nullopt;
    }
    LoadResult loaded = load_profile_from_text(read.bytes, path);
    if (report(loaded.diagnostics, read.bytes, warnings_are_errors) || !loaded.profile) {
        exit_code = kExitInvalidInput;
        return std::nullopt;
    }
    return LoadedProfile{std::move(*loaded.profile), std::move(read.bytes)};
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

std::optional<long long> epoch_from(const std::string& text) {
    if (text.empty()) return std::nullopt;
    try {
        std::size_t used = 0;
        const long long seconds = std::stoll(text, &used);
        if (used == text.size() && seconds >= 0) return seconds;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

std::string default_output_for(const std::string& profile_path) {
    return std::filesystem::path(profile_path).replace_extension(".pdf").string();
}

int check(const Options& options) {
    int worst = kExitSuccess;
    for (const std::string& path : options.profiles) {
        int exit_code = kExitSuccess;
        if (!load(path, options.warnings_are_errors, exit_code)) worst = std::max(worst, exit_code);
    }
    return worst;
}

int render(const Options& options, const std::string& source_date_epoch) {
    const std::string& profile_path = options.profiles.front();
    const std::string output_path = options.output_path.empty() ? default_output_for(profile_path) : options.output_path;
    std::optional<long long> epoch = epoch_from(source_date_epoch);
    if (!source_date_epoch.empty() && !epoch) {
        print_error("SOURCE_DATE_EPOCH", "expected a whole number of seconds, got '" + source_date_epoch + "'");
        return kExitUsageOrIo;
    }

    int exit_code = kExitSuccess;
    std::optional<LoadedProfile> loaded = load(profile_path, options.warnings_are_errors, exit_code);
    if (!loaded) return exit_code;

    const std::optional<FontFiles> fonts = font_files_in(options.font_dir.empty() ? BROCHURE_DEFAULT_FONT_DIR : options.font_dir);
    if (!fonts) return kExitUsageOrIo;
    const TrueTypeMetrics metrics(*fonts);

    LayoutResult layout = layout_brochure(loaded->profile, metrics, PageSpec{});
    if (report(layout.diagnostics, loaded->source_text, options.warnings_are_errors)) return kExitInvalidInput;

    const RenderResult pdf = render_pdf(layout.document, RenderOptions{*fonts, epoch});
    if (!pdf.ok()) {
        print_error(output_path, pdf.error);
        return kExitUsageOrIo;
    }
    const std::string write_error = write_file_atomically(output_path, pdf.pdf_bytes);
    if (!write_error.empty()) {
        print_error(output_path, write_error);
        return kExitUsageOrIo;
    }
    return kExitSuccess;
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
            std::printf("brochure %s\n", BROCHURE_VERSION);
            return kExitSuccess;
        case Command::check:
            return check(options);
        case Command::render:
            return render(options, source_date_epoch);
    }
    return kExitInternal;
}

}  // namespace brochure
