// The NATO brochure's layout checked as geometry, before any PDF exists: measured with
// the real fonts, every item must sit on its page, inside the margins where it should,
// without text blocks overlapping, with QR codes of the promised size.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "fonts/truetype_metrics.hpp"
#include "design/layout_brochure.hpp"
#include "design/profile_texts.hpp"
#include "design/theme.hpp"
#include "model/load_profile.hpp"
#include "pipeline/render_profile.hpp"
#include "support/layout_checks.hpp"

using namespace brochure;

namespace {

std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(BROCHURE_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

FontFiles repository_fonts() {
    const std::string dir = std::string(BROCHURE_SOURCE_DIR) + "/fonts/";
    return {dir + "NotoSans-Regular.ttf", dir + "NotoSans-Bold.ttf", dir + "NotoSans-Italic.ttf",
            dir + "NotoSans-BoldItalic.ttf"};
}

struct NatoLayout {
    Profile profile;
    LayoutResult result;
};

const NatoLayout& nato_layout() {
    static const NatoLayout layout = [] {
        LoadResult loaded = load_profile_from_text(read_source_file("content/nato.yaml"), "content/nato.yaml");
        REQUIRE(loaded.profile);
        static const TrueTypeMetrics metrics(repository_fonts());
        NatoLayout built{*loaded.profile, {}};
        RenderSettings settings;
        settings.metrics = &metrics;
        built.result = layout_profile(built.profile, settings);
        return built;
    }();
    return layout;
}

const TrueTypeMetrics& metrics() {
    static const TrueTypeMetrics instance(repository_fonts());
    return instance;
}

std::string all_text_of(const Document& document) {
    std::string text;
    for (const Page& page : document.pages)
        for (const Item& item : page.items)
            if (const auto* run = std::get_if<TextRun>(&item)) text += run->text + " ";
    return text;
}

}  // namespace

TEST_CASE("the NATO profile lays out on two A4 pages without errors", "[layout][nato]") {
    const auto& layout = nato_layout();
    for (const Diagnostic& diagnostic : layout.result.diagnostics) {
        INFO(diagnostic.message);
        CHECK(diagnostic.severity != Severity::error);
    }
    REQUIRE(layout.result.document.pages.size() == 2);
    for (const Page& page : layout.result.document.pages) {
        CHECK(page.width_pt == Approx(pt_from_mm(210)).margin(0.01));
        CHECK(page.height_pt == Approx(pt_from_mm(297)).margin(0.01));
    }
}

TEST_CASE("text, QR codes and links stay inside the margins, and panels stay on the page", "[layout][nato]") {
    const auto& document = nato_layout().result.document;
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        const Page& page = document.pages[p];
        const Rect sheet{0, 0, page.width_pt, page.height_pt};
        // A hundredth of a point of rounding is allowed at the edges.
        constexpr double kRoundingPt = 0.01;
        const Rect content{theme::kMarginPt - kRoundingPt, theme::kMarginPt - kRoundingPt,
                           page.width_pt - 2 * theme::kMarginPt + 2 * kRoundingPt,
                           page.height_pt - 2 * theme::kMarginPt + 2 * kRoundingPt};
        for (const Item& item : page.items) {
            const Rect bounds = bounds_of(item, metrics());
            INFO("page " << p + 1 << " item at (" << bounds.left_pt << ", " << bounds.top_pt << ") size "
                         << bounds.width_pt << " x " << bounds.height_pt);
            if (std::holds_alternative<FilledRect>(item)) {
                CHECK(sheet.contains(bounds));  // bands may reach the edge, never beyond
            } else {
                CHECK(content.contains(bounds));
            }
        }
    }
}

TEST_CASE("nothing overlaps: text lines, QR codes", "[layout][nato]") {
    for (const std::string& problem :
         brochure::test::layout_problems(nato_layout().result.document, metrics(), theme::kMarginPt))
        FAIL_CHECK(problem);
}

TEST_CASE("every text field of the profile is set somewhere in the brochure", "[layout][nato]") {
    const auto& layout = nato_layout();
    // Lines may end at a space, after a hyphen or at an added hyphen, and justified words
    // are separate runs: compare the characters without spaces and hyphens.
    auto without_spaces_and_hyphens = [](const std::string& text) {
        std::string kept;
        for (char c : text)
            if (c != ' ' && c != '\n' && c != '-') kept += c;
        return kept;
    };
    const std::string printed = without_spaces_and_hyphens(all_text_of(layout.result.document));
    for (const auto& [field, text] : profile_texts(layout.profile)) {
        INFO(field);
        CHECK(printed.find(without_spaces_and_hyphens(text->value)) != std::string::npos);
    }
}

TEST_CASE("the cover name is kerned: NATO is set as NA, T and O at the font's kerning", "[layout][nato][kerning]") {
    std::vector<const TextRun*> name;
    for (const Item& item : nato_layout().result.document.pages.at(0).items)
        if (const auto* run = std::get_if<TextRun>(&item); run && run->size_pt == theme::kCoverName.size_pt)
            name.push_back(run);
    REQUIRE(name.size() == 3);
    CHECK(name[0]->text == "NA");
    CHECK(name[1]->text == "T");
    CHECK(name[2]->text == "O");
    // Noto Sans Bold kerns A–T by -70 and T–O by -20 thousandths of an em: at 60 pt, -4.2 and -1.2 pt.
    CHECK(name[1]->left_pt == Approx(name[0]->left_pt + name[0]->width_pt - 4.2));
    CHECK(name[2]->left_pt == Approx(name[1]->left_pt + name[1]->width_pt - 1.2));
    CHECK(name[2]->baseline_pt == name[0]->baseline_pt);
}

TEST_CASE("kerned headings and subheadings stay inside their column", "[layout][nato][kerning]") {
    int checked = 0;
    for (const Page& page : nato_layout().result.document.pages) {
        const double column_width_pt = (page.width_pt - 2 * theme::kMarginPt - theme::kGutterPt) / 2;
        const double right_column_left_pt = theme::kMarginPt + column_width_pt + theme::kGutterPt;
        for (const Item& item : page.items) {
            const auto* run = std::get_if<TextRun>(&item);
            if (run == nullptr ||
                (run->size_pt != theme::kHeading.size_pt && run->size_pt != theme::kSubheading.size_pt) ||
                run->face != FontFace::bold || run->color == theme::kWhite)
                continue;
            ++checked;
            INFO("'" << run->text << "' at " << run->left_pt << ", " << run->width_pt << " pt wide");
            const double right_pt = run->left_pt + run->width_pt;
            const bool in_left = run->left_pt >= theme::kMarginPt && right_pt <= theme::kMarginPt + column_width_pt;
            const bool in_right =
                run->left_pt >= right_column_left_pt && right_pt <= right_column_left_pt + column_width_pt + 1e-9;
            const bool full_width = run->left_pt >= theme::kMarginPt && right_pt <= page.width_pt - theme::kMarginPt;
            CHECK((in_left || in_right || (full_width && run->text == "Watch")));
        }
    }
    CHECK(checked > 8);
}

TEST_CASE("each video has a square QR link of at least 20 mm and a caption link to the same URL", "[layout][nato]") {
    const auto& layout = nato_layout();
    const Page& back = layout.result.document.pages.at(1);
    for (const Video& video : layout.profile.videos) {
        int square_links = 0, other_links = 0;
        for (const Item& item : back.items)
            if (const auto* link = std::get_if<Link>(&item); link && link->url == video.url.value) {
                if (link->rect.width_pt == Approx(link->rect.height_pt)) {
                    ++square_links;
                    CHECK(link->rect.width_pt >= pt_from_mm(20));
                } else {
                    ++other_links;
                }
            }
        INFO(video.url.value);
        CHECK(square_links == 1);
        CHECK(other_links == 1);
    }
}

TEST_CASE("the staff chart has one bar per category plus the remainder not itemised", "[layout][nato]") {
    const auto& layout = nato_layout();
    const std::string printed = all_text_of(layout.result.document);
    for (const StaffCategory& category : layout.profile.staff.breakdown) CHECK(printed.find(category.label.value) != std::string::npos);
    CHECK(printed.find("Not itemised") != std::string::npos);
    CHECK(printed.find("200  ·  5%") != std::string::npos);
    CHECK(printed.find("2,000  ·  50%") != std::string::npos);
}

TEST_CASE("the outline has one bookmark per section, on existing pages", "[layout][nato]") {
    const auto& document = nato_layout().result.document;
    std::vector<std::string> titles;
    for (const Bookmark& bookmark : document.bookmarks) {
        titles.push_back(bookmark.title);
        CHECK(bookmark.page_index >= 0);
        CHECK(bookmark.page_index < static_cast<int>(document.pages.size()));
    }
    CHECK(titles == std::vector<std::string>{"About", "What we do", "Headquarters", "Our values", "Our people",
                                             "The International Staff", "Watch", "Internship"});
}

TEST_CASE("text that does not fit a forced page count is reported against its field, never dropped in silence",
          "[layout]") {
    LoadResult loaded = load_profile_from_text(read_source_file("content/nato.yaml"), "content/nato.yaml");
    REQUIRE(loaded.profile);
    Profile profile = *loaded.profile;
    std::string long_text;
    for (int i = 0; i < 200; ++i) long_text += "The Alliance consults continuously. ";
    profile.about.value = long_text;
    // The about text alone is more than a one-page flyer holds.
    const LayoutResult result = layout_brochure(profile, metrics(), PageSpec{}, nullptr, 1);
    bool reported = false;
    for (const Diagnostic& diagnostic : result.diagnostics)
        if (diagnostic.severity == Severity::error && diagnostic.message.rfind("about:", 0) == 0) {
            reported = true;
            CHECK(diagnostic.position == profile.about.position);
            CHECK(diagnostic.message.find("does not fit the brochure's 1 page") != std::string::npos);
        }
    CHECK(reported);
    CHECK(result.document.pages.empty());
    // Left to choose, the brochure takes more pages and refuses nothing.
    const LayoutResult automatic = layout_brochure(profile, metrics(), PageSpec{});
    CHECK_FALSE(has_errors(automatic.diagnostics));
    CHECK(automatic.document.pages.size() >= 2);
}

TEST_CASE("the document information names the organisation, its tagline and keywords once each", "[layout][nato]") {
    const auto& layout = nato_layout();
    const DocumentInfo& info = layout.result.document.info;
    CHECK(info.title == "NATO — North Atlantic Treaty Organization");
    CHECK(info.subject == layout.profile.tagline.value);
    CHECK(info.lang == "en");
    // "Government" is both a sector and an organisation type: it is listed once.
    CHECK(info.keywords == "Public, Government, Education, Armed Forces, Charity, Public Institution, Other");
}

TEST_CASE("a profile without a staff breakdown gets no chart", "[layout]") {
    LoadResult loaded = load_profile_from_text(read_source_file("content/nato.yaml"), "content/nato.yaml");
    REQUIRE(loaded.profile);
    Profile profile = *loaded.profile;
    profile.staff.breakdown.clear();
    const LayoutResult result = layout_brochure(profile, metrics(), PageSpec{});
    const std::string printed = all_text_of(result.document);
    CHECK(printed.find("Who works at headquarters") == std::string::npos);
    CHECK(printed.find("Not itemised") == std::string::npos);
    CHECK(printed.find(profile.staff.description.value.substr(0, 20)) != std::string::npos);
}
