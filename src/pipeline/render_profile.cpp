#include "pipeline/render_profile.hpp"

#include "io/files.hpp"
#include "model/load_profile.hpp"
#include "render/pdf/output_intents.hpp"

namespace brochure {

namespace {

Diagnostic file_error(const std::string& file, const std::string& message) {
    return Diagnostic{Severity::error, file, {}, message, {}};
}

/// With warnings_are_errors every warning counts as an error.
void apply_werror(std::vector<Diagnostic>& diagnostics, const RenderSettings& settings) {
    if (!settings.warnings_are_errors) return;
    for (Diagnostic& diagnostic : diagnostics) diagnostic.severity = Severity::error;
}

/// Reads and loads the profile; on success `profile` holds it.
ProfileOutcome load(const std::string& profile_path, const RenderSettings& settings, std::optional<Profile>& profile) {
    ProfileOutcome outcome;
    ReadResult read = read_file(profile_path, kMaxProfileBytes);
    if (!read.ok()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(profile_path, read.error));
        return outcome;
    }
    LoadResult loaded = load_profile_from_text(read.bytes, profile_path);
    outcome.source_text = std::move(read.bytes);
    outcome.diagnostics = std::move(loaded.diagnostics);
    apply_werror(outcome.diagnostics, settings);
    limit_diagnostics(outcome.diagnostics);
    if (has_errors(outcome.diagnostics) || !loaded.profile) {
        outcome.status = ProfileStatus::invalid_input;
        return outcome;
    }
    profile = std::move(loaded.profile);
    return outcome;
}

/// Largest ICC profile accepted, in bytes: output profiles are a few KB to a few MB.
constexpr std::size_t kMaxIccProfileBytes = 16 * 1024 * 1024;

/// How the settings' target is rendered; for PDF/A, reads the installed ICC profile.
/// Empty on success, else a one-line reason.
std::string render_options_for(const RenderSettings& settings, RenderOptions& options) {
    const bool print = settings.target == Target::print;
    options.fonts = settings.fonts;
    options.source_date_epoch = settings.source_date_epoch;
    options.color_space = print ? ColorSpace::device_cmyk : ColorSpace::device_rgb;
    options.links = !print;
    if (!settings.pdfa) return {};
    const std::string icc_path = installed_icc_profile_path(options.color_space);
    if (icc_path.empty())
        return std::string("PDF/A needs an ICC profile for the output intent, and none is configured for ") +
               (print ? "CMYK (print): set the CMake variable BROCHURE_CMYK_ICC" : "RGB (screen): set BROCHURE_SRGB_ICC");
    ReadResult icc = read_file(icc_path, kMaxIccProfileBytes);
    if (!icc.ok()) return icc_path + ": " + icc.error;
    options.pdfa = OutputIntent{std::move(icc.bytes), installed_output_condition(options.color_space)};
    return {};
}

/// Adds the layout's diagnostics to `outcome`; false (and the status set) when they hold
/// an error. `layout` keeps its document.
bool add_layout_diagnostics(LayoutResult& layout, const RenderSettings& settings, ProfileOutcome& outcome) {
    apply_werror(layout.diagnostics, settings);
    outcome.diagnostics.insert(outcome.diagnostics.end(), layout.diagnostics.begin(), layout.diagnostics.end());
    limit_diagnostics(outcome.diagnostics);
    if (!has_errors(layout.diagnostics)) return true;
    outcome.status = ProfileStatus::invalid_input;
    return false;
}

}  // namespace

LayoutResult layout_profile(const Profile& profile, const RenderSettings& settings) {
    const PageSpec page = settings.target == Target::print ? print_page_spec(settings.page) : settings.page;
    // Patterns are loaded once per process and language; a language without them is set
    // without hyphenation.
    const std::optional<Hyphenator> hyphenator = Hyphenator::for_language(profile.lang.value);
    LayoutResult layout =
        layout_brochure(profile, *settings.metrics, page, hyphenator ? &*hyphenator : nullptr, settings.page_count);
    if (!hyphenator)
        layout.diagnostics.insert(
            layout.diagnostics.begin(),
            Diagnostic{Severity::warning, profile.source_path, profile.lang.position,
                       "lang: no hyphenation patterns for \"" + profile.lang.value +
                           "\" are installed; body text is set without hyphenation",
                       {"scripts/install-deps installs Debian's hyphen-* packages for the languages the labels cover"}});
    return layout;
}

namespace {

/// Lays out and renders the loaded `profile` in memory; empty bytes (and the outcome's
/// status and diagnostics set) when either fails.
std::string render_in_memory(const Profile& profile, const std::string& output_path, const RenderSettings& settings,
                             ProfileOutcome& outcome) {
    LayoutResult layout = layout_profile(profile, settings);
    if (!add_layout_diagnostics(layout, settings, outcome)) return {};
    RenderOptions options;
    if (std::string reason = render_options_for(settings, options); !reason.empty()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(output_path, reason));
        return {};
    }
    RenderResult pdf = render_pdf(layout.document, options);
    if (!pdf.ok()) {
        outcome.status = ProfileStatus::io_error;
        // A font the renderer cannot use is the font's fault, not the output's.
        outcome.diagnostics.push_back(file_error(pdf.error_file.empty() ? output_path : pdf.error_file, pdf.error));
        return {};
    }
    return std::move(pdf.pdf_bytes);
}

}  // namespace

ProfileOutcome check_profile_file(const std::string& profile_path, const RenderSettings& settings) {
    std::optional<Profile> profile;
    ProfileOutcome outcome = load(profile_path, settings, profile);
    if (profile) render_in_memory(*profile, "<no output>", settings, outcome);
    return outcome;
}

ProfileOutcome render_profile_file(const std::string& profile_path, const std::string& output_path,
                                   const RenderSettings& settings) {
    std::vector<FileIdentity> inputs = settings.inputs;
    if (const auto profile = file_identity(profile_path)) inputs.push_back(*profile);
    if (std::string reason = unsafe_output_reason(output_path, inputs); !reason.empty()) {
        ProfileOutcome refused;
        refused.status = ProfileStatus::io_error;
        refused.diagnostics.push_back(file_error(output_path, reason));
        return refused;
    }

    std::optional<Profile> profile;
    ProfileOutcome outcome = load(profile_path, settings, profile);
    if (!profile) return outcome;
    const std::string pdf_bytes = render_in_memory(*profile, output_path, settings, outcome);
    if (pdf_bytes.empty()) return outcome;
    const std::string write_error = write_file_atomically(output_path, pdf_bytes);
    if (!write_error.empty()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(output_path, write_error));
        return outcome;
    }
    outcome.pdf_bytes = pdf_bytes.size();
    return outcome;
}

}  // namespace brochure
