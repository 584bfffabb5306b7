#pragma once
// One profile through the whole pipeline: read → load → layout → render → atomic write.
// Shared by every command that renders, so `render` and batch builds behave alike. Prints
// nothing: the caller decides how to show the outcome.

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "io/files.hpp"
#include "layout/font_metrics.hpp"
#include "design/layout_brochure.hpp"
#include "render/pdf/render_pdf.hpp"

namespace brochure {

/// Largest profile accepted, in bytes: far above any real profile, small enough that a
/// wrong file (a video, a database dump) is refused at once.
inline constexpr std::size_t kMaxProfileBytes = 1024 * 1024;

/// What the PDF is for.
enum class Target {
    screen,  ///< RGB, clickable links, the paper size exactly
    print,   ///< CMYK inks, 3 mm bleed, crop marks and trim and bleed boxes, no links
};

/// What every profile of a run is rendered with. The fonts must have passed
/// check_font_file; `metrics` must measure those same fonts.
struct RenderSettings {
    FontFiles fonts;
    const FontMetrics* metrics = nullptr;
    PageSpec page;                               ///< the paper; Target::print adds bleed and marks
    int page_count = 0;                          ///< one of the format's counts; 0 chooses from the content
    BrochureFormat format = BrochureFormat::sheet;
    Target target = Target::screen;
    /// Print: a leaflet's panels and a booklet's pages imposed on press sheets; false
    /// gives them one to a page, each with its bleed, for printers who impose themselves.
    bool imposed = true;
    bool pdfa = false;                           ///< write PDF/A-2b, with the installed ICC profile
    std::optional<long long> source_date_epoch;  ///< see RenderOptions
    bool warnings_are_errors = false;
    /// The folder image paths are relative to; empty: each profile's own folder.
    std::string assets_root;
    /// Files no output may replace: the fonts, and in a batch every profile of it (each
    /// profile is protected from its own output in any case).
    std::vector<FileIdentity> inputs;
};

/// How a profile fared.
enum class ProfileStatus {
    ok,             ///< valid (and, when rendering, written)
    invalid_input,  ///< the profile has errors (or warnings with warnings_are_errors)
    io_error,       ///< the profile could not be read or the PDF could not be written
};

struct ProfileOutcome {
    ProfileStatus status = ProfileStatus::ok;
    std::vector<Diagnostic> diagnostics;  ///< in the order found; I/O errors included (line 0)
    std::string source_text;              ///< the profile's bytes, for showing source lines
    std::size_t pdf_bytes = 0;            ///< size of the written PDF, 0 when none
    /// Once rendered: the image_file_hash of each image file the profile names, from the
    /// bytes the render read (what a build's key covers beside the profile); hashes, so
    /// that a batch holds no copy of a profile's photos for its key.
    std::vector<std::string> image_file_hashes;
};

/// Lays out a loaded profile as rendering does: the paper (with bleed and marks for print),
/// format and page count from `settings`, body text hyphenated with the profile
/// language's patterns (a language without any is warned about at `lang`), and for print
/// the pages imposed on press sheets when the format folds and `settings.imposed`.
LayoutResult layout_profile(const Profile& profile, const RenderSettings& settings,
                            const BrochureImages& images = {});


/// Reads ("-": standard input), validates, lays out and renders the profile at `profile_path` in memory, so that
/// text too long for the brochure and fonts the renderer cannot use are reported too;
/// nothing is written.
ProfileOutcome check_profile_file(const std::string& profile_path, const RenderSettings& settings);

/// Renders the profile at `profile_path` to `output_path`. On any error nothing is
/// written and an existing file at `output_path` is left as it was. An output that is the
/// profile itself, one of `settings.inputs`, or not a regular file is refused first.
/// A `profile_path` of "-" reads standard input (named <stdin> in diagnostics); an
/// `output_path` of "-" writes standard output, the whole PDF once it is made.
ProfileOutcome render_profile_file(const std::string& profile_path, const std::string& output_path,
                                   const RenderSettings& settings);

}  // namespace brochure
