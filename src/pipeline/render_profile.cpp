#include "pipeline/render_profile.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>

#include <fmt/format.h>

#include "core/token_end.hpp"
#include "io/files.hpp"
#include "io/standard_streams.hpp"
#include "model/load_profile.hpp"
#include "design/press_sheets.hpp"
#include "design/qr_code.hpp"
#include "layout/hyphenation.hpp"
#include "pipeline/load_images.hpp"
#include "render/pdf/output_intents.hpp"

namespace brochure {

namespace {

Diagnostic file_error(const std::string& file, const std::string& message) {
    return Diagnostic{Severity::error, file == kStandardStreamPath ? "<stdout>" : file, {}, message, {}, Rule::input_output};
}

/// With warnings_are_errors every warning counts as an error.
void apply_werror(std::vector<Diagnostic>& diagnostics, const RenderSettings& settings) {
    if (!settings.warnings_are_errors) return;
    for (Diagnostic& diagnostic : diagnostics) diagnostic.severity = Severity::error;
}

/// Reads and loads the profile; on success `profile` holds it.
ProfileOutcome load(const std::string& profile_path, const RenderSettings& settings, std::optional<Profile>& profile) {
    ProfileOutcome outcome;
    const bool from_stdin = profile_path == kStandardStreamPath;
    const std::string name = from_stdin ? kStandardInputName : profile_path;
    ReadResult read = from_stdin ? read_standard_input(kMaxProfileBytes) : read_file(profile_path, kMaxProfileBytes);
    if (!read.ok()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(name, read.error));
        return outcome;
    }
    LoadResult loaded = load_profile_from_text(read.bytes, name);
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

/// The installed CMYK output profile: its bytes for the output intents and its
/// conversions for colours and images.
struct PrintProfile {
    OutputIntent intent;
    std::shared_ptr<const CmykConversion> conversion;
};

/// The installed CMYK output profile, read and its conversions made once per process
/// (lcms2 builds its tables in tens of milliseconds), shared by every render; null, with
/// `error` set, when it cannot be read.
const PrintProfile* installed_print_profile(std::string& error) {
    static std::once_flag once;
    static std::optional<PrintProfile> profile;
    static std::string failure;
    std::call_once(once, [] {
        const std::string path = installed_icc_profile_path(ColorSpace::device_cmyk);
        if (path.empty()) {
            failure = "no CMYK output profile is configured: set the CMake variable BROCHURE_CMYK_ICC";
            return;
        }
        ReadResult icc = read_file(path, kMaxIccProfileBytes);
        if (!icc.ok()) {
            failure = path + ": " + icc.error;
            return;
        }
        auto conversion = CmykConversion::from_profile(icc.bytes, failure);
        if (!conversion) {
            failure = path + ": " + failure;
            return;
        }
        profile = PrintProfile{OutputIntent{std::move(icc.bytes), installed_output_condition(ColorSpace::device_cmyk),
                                            installed_output_description(ColorSpace::device_cmyk),
                                            installed_output_registry(ColorSpace::device_cmyk)},
                               std::move(conversion)};
    });
    error = failure;
    return profile ? &*profile : nullptr;
}

/// How the settings' target is rendered, with `images`, for the profile at
/// `profile_path`; for PDF/A, reads the installed sRGB profile. Print is PDF/X-4, dated
/// SOURCE_DATE_EPOCH or else when the profile last changed. Empty on success, else a
/// one-line reason.
std::string render_options_for(const RenderSettings& settings, const ProfileImages& images,
                               const std::string& profile_path, RenderOptions& options) {
    const bool print = settings.target == Target::print;
    options.fonts = settings.fonts;
    options.source_date_epoch = settings.source_date_epoch;
    options.color_space = print ? ColorSpace::device_cmyk : ColorSpace::device_rgb;
    options.links = !print;
    for (const ProfileImage& image : images.images)
        // Logos are flat colour, which JPEG would blur; the others are photos.
        options.images.push_back(RenderImage{&image.decoded, image.field != "brand.logo"});
    options.image_policy = print ? ImagePolicy{kPrintPpi, kPrintResampleAbovePpi, true, nullptr}
                                 : ImagePolicy{kScreenPpi, kScreenPpi, false, nullptr};
    const bool has_cmyk_image = std::any_of(images.images.begin(), images.images.end(), [](const ProfileImage& image) {
        return image.decoded.pixel_format == PixelFormat::cmyk;
    });
    if (print || has_cmyk_image) {
        std::string error;
        const PrintProfile* profile = installed_print_profile(error);
        if (!profile) return error;
        options.conversion = profile->conversion;
        options.image_policy.conversion = options.conversion.get();
        if (print) options.pdfx = profile->intent;
    }
    if (print && !options.source_date_epoch) {
        // PDF/X must be dated; the profile's own date keeps the same input the same file.
        if (profile_path == kStandardInputName)
            return "a print PDF must be dated, and a profile read from standard input has no date: set "
                   "SOURCE_DATE_EPOCH";
        options.source_date_epoch = modification_time(profile_path);
        if (!options.source_date_epoch) return profile_path + ": cannot read when it was last changed";
    }
    if (!settings.pdfa) return {};
    if (print) {
        options.pdfa = options.pdfx;
        return {};
    }
    const std::string icc_path = installed_icc_profile_path(ColorSpace::device_rgb);
    if (icc_path.empty())
        return "PDF/A needs an ICC profile for the output intent, and none is configured for RGB (screen): set "
               "BROCHURE_SRGB_ICC";
    ReadResult icc = read_file(icc_path, kMaxIccProfileBytes);
    if (!icc.ok()) return icc_path + ": " + icc.error;
    options.pdfa = OutputIntent{std::move(icc.bytes), installed_output_condition(ColorSpace::device_rgb),
                                installed_output_description(ColorSpace::device_rgb),
                                installed_output_registry(ColorSpace::device_rgb)};
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

LayoutResult layout_profile(const Profile& profile, const RenderSettings& settings, const BrochureImages& images) {
    const PageSpec page = settings.target == Target::print ? print_page_spec(settings.page) : settings.page;
    // Patterns are loaded once per process and language; a language without them is set
    // without hyphenation.
    const std::optional<Hyphenator> hyphenator = Hyphenator::for_language(profile.lang.value);
    LayoutResult layout = layout_brochure(profile, *settings.metrics, page, hyphenator ? &*hyphenator : nullptr,
                                          settings.page_count, images, settings.format);
    if (settings.target == Target::print && settings.imposed && !has_errors(layout.diagnostics))
        layout.document = imposed_for_press(std::move(layout.document), settings.format, page);
    if (!hyphenator)
        layout.diagnostics.insert(
            layout.diagnostics.begin(),
            Diagnostic{Severity::warning, profile.source_path, profile.lang.position,
                       "lang: no hyphenation patterns for \"" + profile.lang.value +
                           "\" are installed; body text is set without hyphenation",
                       {"scripts/install-deps installs Debian's hyphen-* packages for the languages the labels cover"},
                       Rule::no_hyphenation, "lang"});
    return layout;
}

namespace {

// Makes first what the layout will need and the images do not change: the hyphenation
// patterns and the videos' QR symbols, both kept for the rest of the process. A profile
// with an SVG logo waits as its images load for the SVG worker, started as the command
// began, to say the logo's size, and the worker loads librsvg first: a lone render of
// the NATO profile waited about 5 ms, a part of which now goes to this.
void prepare_what_images_do_not_change(const Profile& profile) {
    Hyphenator::for_language(profile.lang.value);
    for (const Video& video : profile.videos) encode_qr(video.url.value);
}

/// Loads the profile's images, lays it out and renders it in memory; empty bytes (and
/// the outcome's status and diagnostics set) when any of them fails.
std::string render_in_memory(const Profile& profile, const std::string& output_path, const RenderSettings& settings,
                             ProfileOutcome& outcome) {
    prepare_what_images_do_not_change(profile);
    std::vector<Diagnostic> image_diagnostics;
    const ProfileImages images =
        load_images(profile, image_root(profile.source_path, settings.assets_root), image_diagnostics);
    outcome.diagnostics.insert(outcome.diagnostics.end(), image_diagnostics.begin(), image_diagnostics.end());
    limit_diagnostics(outcome.diagnostics);
    if (has_errors(image_diagnostics)) {
        outcome.status = ProfileStatus::invalid_input;
        return {};
    }
    LayoutResult layout = layout_profile(profile, settings, images.placed);
    if (settings.target == Target::print && !has_errors(layout.diagnostics))
        warn_of_low_resolution(layout.document, images, profile.source_path, layout.diagnostics);
    if (!add_layout_diagnostics(layout, settings, outcome)) return {};
    RenderOptions options;
    if (std::string reason = render_options_for(settings, images, profile.source_path, options); !reason.empty()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(output_path, reason));
        return {};
    }
    RenderResult pdf = render_pdf(layout.document, options);
    if (pdf.image_fault && pdf.image_fault->image < images.images.size()) {
        outcome.status = ProfileStatus::invalid_input;
        outcome.diagnostics.push_back(
            image_error(profile.source_path, images.images[pdf.image_fault->image], pdf.image_fault->reason));
        return {};
    }
    if (!pdf.ok()) {
        outcome.status = ProfileStatus::io_error;
        // A font the renderer cannot use is the font's fault, not the output's.
        outcome.diagnostics.push_back(file_error(pdf.error_file.empty() ? output_path : pdf.error_file, pdf.error));
        return {};
    }
    for (const ProfileImage& image : images.images) outcome.image_file_hashes.push_back(image_file_hash(image.path.value, image.decoded.file_digest));
    return std::move(pdf.pdf_bytes);
}

ProfileOutcome render_to(const std::string& profile_path, const std::string& output_path, const RenderSettings& settings) {
    const bool to_stdout = output_path == kStandardStreamPath;
    std::vector<FileIdentity> inputs = settings.inputs;
    if (const auto profile = file_identity(profile_path); profile && profile_path != kStandardStreamPath)
        inputs.push_back(*profile);
    if (std::string reason = to_stdout ? std::string() : unsafe_output_reason(output_path, inputs); !reason.empty()) {
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
    // The PDF is whole in memory before its first byte goes out, so a pipe never gets half
    // of one from a failed render.
    const std::string write_error =
        to_stdout ? write_standard_output(pdf_bytes) : write_file_atomically(output_path, pdf_bytes);
    if (!write_error.empty()) {
        outcome.status = ProfileStatus::io_error;
        outcome.diagnostics.push_back(file_error(output_path, write_error));
        return outcome;
    }
    outcome.pdf_bytes = pdf_bytes.size();
    return outcome;
}

// The outcome with each diagnostic's end position found in the profile's text.
ProfileOutcome with_token_ends(ProfileOutcome outcome) {
    set_token_ends(outcome.diagnostics, outcome.source_text);
    return outcome;
}

}  // namespace

ProfileOutcome check_profile_file(const std::string& profile_path, const RenderSettings& settings) {
    std::optional<Profile> profile;
    ProfileOutcome outcome = load(profile_path, settings, profile);
    if (profile) render_in_memory(*profile, "<no output>", settings, outcome);
    return with_token_ends(std::move(outcome));
}

ProfileOutcome render_profile_file(const std::string& profile_path, const std::string& output_path,
                                   const RenderSettings& settings) {
    return with_token_ends(render_to(profile_path, output_path, settings));
}

}  // namespace brochure
