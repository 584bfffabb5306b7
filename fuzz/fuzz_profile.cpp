// Fuzz target: arbitrary bytes as a profile, through every stage that does not touch the
// output folder. Sanitizers catch memory and undefined-behaviour errors; the checks below
// catch broken promises that would not crash (a valid layout that fails to render, a PDF
// that is not one).

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "fonts/truetype_metrics.hpp"
#include "fuzz/fuzz_entry.hpp"
#include "core/unicode_text.hpp"
#include "model/load_profile.hpp"
#include "pipeline/render_profile.hpp"
#include "render/pdf/output_intents.hpp"
#include "render/pdf/render_pdf.hpp"

namespace brochure {

namespace {

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz_profile: %s\n", what.c_str());
    std::abort();
}

// The repository's fonts, checked once: libharu must never see an unchecked font.
const FontFiles& fonts() {
    static const FontFiles files = [] {
        const std::string dir = BROCHURE_FUZZ_FONT_DIR;
        FontFiles found{dir + "/NotoSans-Regular.ttf", dir + "/NotoSans-Bold.ttf",
                        dir + "/NotoSans-Italic.ttf", dir + "/NotoSans-BoldItalic.ttf"};
        for (const std::string* path : {&found.regular, &found.bold, &found.italic, &found.bold_italic}) {
            if (const std::string problem = check_font_file(*path); !problem.empty())
                fail(*path + ": " + problem);
        }
        return found;
    }();
    return files;
}

// Built once per process: reading the fonts per input would drown the fuzzer's speed.
const TrueTypeMetrics& metrics() {
    static const TrueTypeMetrics real_metrics(fonts());
    return real_metrics;
}

// The sRGB profile PDF/A output needs, read once; a missing one stops the run at once
// rather than letting every valid input fail to render.
const std::string& srgb_icc_profile() {
    static const std::string bytes = [] {
        const std::string path = installed_icc_profile_path(ColorSpace::device_rgb);
        std::ifstream in(path, std::ios::binary);
        std::string read((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (path.empty() || read.empty()) fail("no sRGB ICC profile at '" + path + "' (scripts/install-deps)");
        return read;
    }();
    return bytes;
}

// The print output profile's conversions, made once.
std::shared_ptr<const CmykConversion> cmyk_conversion() {
    const std::string path = installed_icc_profile_path(ColorSpace::device_cmyk);
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string error;
    auto conversion = CmykConversion::from_profile(bytes, error);
    if (!conversion) fail("no CMYK output profile at '" + path + "': " + error);
    return conversion;
}

bool is_complete_pdf(const std::string& bytes) {
    const std::string_view view(bytes);
    return view.starts_with("%PDF-") && view.find("%%EOF", view.size() > 32 ? view.size() - 32 : 0) != view.npos;
}

// The two files the CLI makes: an archival screen PDF (RGB, links, PDF/A-2b) and a print
// PDF (CMYK, bleed and crop marks, no links).
struct Variant {
    Target target;
    RenderOptions options;
};

std::vector<Variant> variants() {
    Variant screen{Target::screen, {}};
    screen.options.fonts = fonts();
    screen.options.pdfa = OutputIntent{srgb_icc_profile(), installed_output_condition(ColorSpace::device_rgb)};
    Variant print{Target::print, {}};
    print.options.fonts = fonts();
    print.options.color_space = ColorSpace::device_cmyk;
    print.options.conversion = cmyk_conversion();
    print.options.image_policy.print = true;
    print.options.image_policy.conversion = print.options.conversion.get();
    print.options.links = false;
    return {screen, print};
}

// The line breaker takes any text the loader lets through, and the loader checks only
// what YAML itself allows: it is fed the raw input too, every byte sequence included, and
// must answer with one well-formed entry per byte (ICU replaces ill-formed UTF-8).
void check_line_breaker(std::string_view text) {
    for (const char* lang : {"en", "fr", "de-CH", "zz-Bogus-x-1"}) {
        const std::vector<BreakAfter> breaks = line_break_opportunities(text, lang);
        if (breaks.size() != text.size()) fail("line_break_opportunities gave a wrong number of entries");
        if (!text.empty() && breaks.back() != BreakAfter::mandatory) fail("the text's end is not a mandatory break");
    }
}

void run_pipeline(std::string_view text) {
    // The CLI refuses larger files before the loader sees them.
    if (text.size() > kMaxProfileBytes) return;
    check_line_breaker(text);
    const LoadResult loaded = load_profile_from_text(text, "fuzz.yaml");
    // Formatting places a caret under arbitrary text: part of what must never crash.
    (void)format_diagnostics(loaded.diagnostics, text);
    if (!loaded.profile) {
        if (!has_errors(loaded.diagnostics)) fail("the loader refused the profile without an error");
        return;
    }
    static const std::vector<Variant> all_variants = variants();
    for (const Variant& variant : all_variants) {
        RenderSettings settings;
        settings.fonts = fonts();
        settings.metrics = &metrics();
        settings.target = variant.target;
        const LayoutResult layout = layout_profile(*loaded.profile, settings);
        for (const Diagnostic& diagnostic : layout.diagnostics) (void)format_diagnostic(diagnostic, text);
        if (has_errors(layout.diagnostics)) continue;
        const RenderResult pdf = render_pdf(layout.document, variant.options);
        if (!pdf.ok()) fail("a profile that loads and lays out cleanly failed to render: " + pdf.error);
        if (!is_complete_pdf(pdf.pdf_bytes)) fail("render_pdf returned bytes that are not a complete PDF");
    }
}

}  // namespace

}  // namespace brochure

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    brochure::run_pipeline(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
