#include "pipeline/render_profile.hpp"

#include "io/files.hpp"
#include "model/load_profile.hpp"

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
    if (has_errors(outcome.diagnostics) || !loaded.profile) {
        outcome.status = ProfileStatus::invalid_input;
        return outcome;
    }
    profile = std::move(loaded.profile);
    return outcome;
}

}  // namespace

ProfileOutcome check_profile_file(const std::string& profile_path, const RenderSettings& settings) {
    std::optional<Profile> profile;
    return load(profile_path, settings, profile);
}

ProfileOutcome render_profile_file(const std::string& profile_path, const std::string& output_path,
                                   const RenderSettings& settings) {
    std::optional<Profile> profile;
    ProfileOutcome outcome = load(profile_path, settings, profile);
    if (!profile) return outcome;

    LayoutResult layout = layout_brochure(*profile, *settings.metrics, settings.page);
    apply_werror(layout.diagnostics, settings);
    outcome.diagnostics.insert(outcome.diagnostics.end(), layout.diagnostics.begin(), layout.diagnostics.end());
    if (has_errors(layout.diagnostics)) {
        outcome.status = ProfileStatus::invalid_input;
        return outcome;
    }

    const RenderResult pdf = render_pdf(layout.document, RenderOptions{settings.fonts, settings.source_date_epoch});
    if (!pdf.ok()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(output_path, pdf.error));
        return outcome;
    }
    const std::string write_error = write_file_atomically(output_path, pdf.pdf_bytes);
    if (!write_error.empty()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(output_path, write_error));
        return outcome;
    }
    outcome.pdf_bytes = pdf.pdf_bytes.size();
    return outcome;
}

}  // namespace brochure
