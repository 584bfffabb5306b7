// Profiles at every documented limit, generated from the loader's own field table so that
// they follow it: every field at once at its longest, its most entries, its largest
// numbers and addresses; and the required fields and the most videos with words too long
// for a line. Each must lay out on at
// most four pages without errors, with nothing overlapping or leaving the live area and
// no page more than a fifth blank, measured with the real fonts.

#include <catch2/catch.hpp>

#include <string>

#include "design/blank_bands.hpp"
#include "design/layout_brochure.hpp"
#include "design/theme.hpp"
#include "fonts/truetype_metrics.hpp"
#include "model/load_profile.hpp"
#include "model/profile_fields.hpp"
#include "pipeline/render_profile.hpp"
#include "support/layout_checks.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

// Words of ordinary prose, or one long compound made of them (German's Donaudampfschiff…).
const char* const kWords[] = {"the",   "alliance", "works",   "with",  "its",     "partners", "for",  "peace",
                              "and",   "security", "across",  "many",  "nations", "through",  "open", "dialogue",
                              "daily", "research", "support", "people"};

std::string text_of_length(std::size_t length, bool long_words, std::size_t seed) {
    std::string text;
    for (std::size_t i = seed; text.size() < length; ++i) {
        if (!text.empty() && !(long_words && i % 6 != 0)) text += ' ';
        text += kWords[i % std::size(kWords)];
    }
    text.resize(length);
    while (!text.empty() && text.back() == ' ') text.back() = 'x';
    return text;
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// The YAML of `fields` with every one at its limit, indented by `indent`. With
// `long_words`, only the required fields and the videos, each text made of words too long
// for a line.
std::string at_limits(std::span<const FieldSpec> fields, const std::string& indent, bool long_words, std::size_t& seed) {
    std::string yaml;
    for (const FieldSpec& spec : fields) {
        ++seed;
        if (long_words && !spec.required && spec.key != "videos" && spec.key != "caption") continue;
        const std::string key = indent + std::string(spec.key) + ": ";
        switch (spec.kind) {
            case FieldKind::text:
                if (spec.key == "lang") yaml += key + "en\n";
                else yaml += key + quoted(text_of_length(spec.max_length, long_words, seed)) + "\n";
                break;
            case FieldKind::url: {
                const std::string start = "https://www.example.org/" + std::to_string(seed) + "/";
                yaml += key + start + std::string(spec.max_length - start.size(), 'v') + "\n";
                break;
            }
            case FieldKind::color: yaml += key + quoted(spec.key == "primary" ? "#5a2d82" : "#e8b923") + "\n"; break;
            case FieldKind::file: yaml += key + "images/" + std::to_string(seed) + ".png\n"; break;
            case FieldKind::whole_number: yaml += key + std::to_string(spec.maximum) + "\n"; break;
            case FieldKind::boolean: yaml += key + "true\n"; break;
            case FieldKind::text_list:
                yaml += key + "\n";
                for (std::size_t i = 0; i < spec.max_items; ++i)
                    yaml += indent + "  - " + quoted(text_of_length(spec.max_length, long_words, seed + i)) + "\n";
                break;
            case FieldKind::mapping: yaml += key + "\n" + at_limits(spec.fields, indent + "  ", long_words, seed); break;
            case FieldKind::mapping_list:
                yaml += key + "\n";
                for (std::size_t i = 0; i < spec.max_items; ++i) {
                    std::string item = at_limits(spec.fields, indent + "    ", long_words, seed);
                    item.replace(0, indent.size() + 4, indent + "  - ");
                    yaml += item;
                }
                break;
        }
    }
    return yaml;
}

// Images as the layout sees them: a wide logo, a photo and a preview for every video.
BrochureImages images_at_limits(std::size_t videos) {
    BrochureImages images;
    images.logo = ImageRef{0, 1200, 300};
    images.cover = ImageRef{1, 3000, 1200};
    for (std::size_t i = 0; i < videos; ++i) images.videos.push_back(ImageRef{2 + i, 640, 360});
    return images;
}

std::size_t placed_images(const Document& document) {
    std::size_t count = 0;
    for (const Page& page : document.pages)
        for (const Item& item : page.items) count += std::holds_alternative<PlacedImage>(item);
    return count;
}

}  // namespace

TEST_CASE("profiles with every field at its limit, and every image, lay out on four pages or fewer, nothing overlapping",
          "[layout][limits]") {
    const bool long_words = GENERATE(false, true);
    INFO((long_words ? "with words too long for a line" : "with ordinary words"));
    std::size_t seed = 0;
    const std::string yaml = at_limits(profile_fields(), "", long_words, seed);
    const LoadResult loaded = load_profile_from_text(yaml, "limits.yaml");
    for (const Diagnostic& diagnostic : loaded.diagnostics)
        if (diagnostic.severity == Severity::error) FAIL_CHECK(diagnostic.message);
    REQUIRE(loaded.profile);
    CHECK(loaded.profile->videos.size() == field_spec(profile_fields(), "videos").max_items);
    if (!long_words) CHECK(loaded.profile->roles.size() == field_spec(profile_fields(), "roles").max_items);

    static const TrueTypeMetrics metrics(project_fonts());
    RenderSettings settings;
    settings.metrics = &metrics;
    for (const PageSpec paper : {kA4Paper, kLetterPaper}) {
        INFO("paper " << paper.width_pt << " x " << paper.height_pt);
        settings.page = paper;
        const LayoutResult layout =
            layout_profile(*loaded.profile, settings, images_at_limits(loaded.profile->videos.size()));
        for (const Diagnostic& diagnostic : layout.diagnostics)
            if (diagnostic.severity == Severity::error) FAIL_CHECK(diagnostic.message);
        REQUIRE_FALSE(layout.document.pages.empty());
        CHECK(layout.document.pages.size() <= 4);
        // The logo on the cover and in each later page's header, the photo, every preview.
        CHECK(placed_images(layout.document) ==
              layout.document.pages.size() + 1 + loaded.profile->videos.size());
        for (const std::string& problem : layout_problems(layout.document, metrics, theme::kMarginPt)) FAIL_CHECK(problem);
        for (const Page& page : layout.document.pages) CHECK(tallest_blank_band(page, metrics) <= kMostBlankBand);
    }
}
