// The brochure's own words in every built-in language, the profile's replacements, and
// numbers written as each language writes them (ICU's locale data).

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "core/unicode_text.hpp"
#include "design/labels.hpp"
#include "model/label_keys.hpp"

using namespace brochure;

namespace {
const std::string kNarrowNoBreakSpace = "\u202F";
const std::string kNoBreakSpace = "\u00A0";
}  // namespace

TEST_CASE("the 24 EU languages and five more have built-in labels, each one filled in", "[design][labels]") {
    const std::set<std::string> wanted = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
                                          "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
                                          "nb", "is", "tr", "uk", "sr"};
    for (const std::string& lang : wanted) {
        INFO(lang);
        const Labels* labels = built_in_labels(lang);
        REQUIRE(labels != nullptr);
        for (std::size_t i = 0; i < kLabelKeys.size(); ++i) {
            INFO(kLabelKeys[i]);
            CHECK_FALSE((labels->*kLabelMembers[i]).empty());
        }
        // The placeholders each label needs are there, spelled right.
        CHECK(labels->chart_note.find("{total}") != std::string::npos);
        CHECK(labels->chart_note_approximate.find("{total}") != std::string::npos);
        CHECK(labels->chart_note_not_itemised.find("{itemised}") != std::string::npos);
        CHECK(labels->chart_note_not_itemised.find("{rest}") != std::string::npos);
        CHECK(labels->page_number.find("{page}") != std::string::npos);
        CHECK(labels->page_number.find("{pages}") != std::string::npos);
        if (lang != "en") CHECK(labels->staff != built_in_labels("en")->staff);
    }
}

TEST_CASE("a language tag falls back to its language, and regions with labels of their own keep them",
          "[design][labels]") {
    CHECK(built_in_labels("de-CH") == built_in_labels("de"));
    CHECK(built_in_labels("FR_be") == built_in_labels("fr"));
    CHECK(built_in_labels("pt-BR") != built_in_labels("pt"));
    CHECK(built_in_labels("pt-PT") == built_in_labels("pt"));
    CHECK(built_in_labels("no") == built_in_labels("nb"));
    CHECK(built_in_labels("sr-Cyrl") == built_in_labels("sr"));
    CHECK(built_in_labels("sr-Latn") == nullptr);
    CHECK(built_in_labels("ja") == nullptr);
    CHECK(colon_for("fr-CA") == "\u202F:");
    CHECK(colon_for("fy") == ":");
}

TEST_CASE("a language without labels is warned about, unless the profile sets them all", "[design][labels]") {
    Profile profile;
    profile.source_path = "p.yaml";
    profile.lang = Text{"ja", {3, 7}};
    profile.labels.push_back({"staff", Text{"チーム", {20, 10}}});
    std::vector<Diagnostic> diagnostics;
    const Labels labels = labels_for_profile(profile, diagnostics);
    CHECK(labels.staff == "チーム");
    CHECK(labels.about == "About");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].severity == Severity::warning);
    CHECK(diagnostics[0].position == SourcePosition{3, 7});
    CHECK(diagnostics[0].message.find(std::to_string(kLabelKeys.size() - 1) + " labels") != std::string::npos);

    profile.labels.clear();
    for (std::string_view key : kLabelKeys) profile.labels.push_back({std::string(key), Text{"x", {}}});
    diagnostics.clear();
    labels_for_profile(profile, diagnostics);
    CHECK(diagnostics.empty());
}

TEST_CASE("placeholders are filled and stray braces kept as written", "[design][labels]") {
    CHECK(fill_placeholders("Page {page} of {pages}", {{"page", "2"}, {"pages", "4"}}) == "Page 2 of 4");
    CHECK(fill_placeholders("{x} {page", {{"page", "1"}}) == "{x} {page");
    CHECK(fill_placeholders("{}{{page}}", {{"page", "1"}}) == "{}{1}");
}

TEST_CASE("counts group thousands as each language does", "[core][unicode]") {
    CHECK(format_count(4000, "en") == "4,000");
    CHECK(format_count(1234567, "en-US") == "1,234,567");
    CHECK(format_count(999, "en") == "999");
    CHECK(format_count(-2500, "en") == "-2,500");
    CHECK(format_count(4000, "fr") == "4" + kNarrowNoBreakSpace + "000");
    CHECK(format_count(1234567, "fr-FR") == "1" + kNarrowNoBreakSpace + "234" + kNarrowNoBreakSpace + "567");
    CHECK(format_count(4000, "de") == "4.000");
    CHECK(format_count(150000, "de-CH") == "150\u2019000");
    CHECK(format_count(150000, "pl") == "150" + kNoBreakSpace + "000");
    CHECK(format_count(300, "fr") == "300");
}

TEST_CASE("percentages use the language's decimal mark and spacing", "[core][unicode]") {
    CHECK(format_percent(50, "en") == "50%");
    CHECK(format_percent(7.5, "en") == "7.5%");
    // 300 of 4,000 is 7.5 %; 1 of 3 rounds to 33.3 %, 2 of 3 to 66.7 %.
    // French puts a no-break space before "%" (ICU's data: U+00A0), so "7,5 %" never splits.
    CHECK(format_percent(100.0 * 300 / 4000, "fr") == "7,5" + kNoBreakSpace + "%");
    CHECK(format_percent(100.0 / 3, "fr") == "33,3" + kNoBreakSpace + "%");
    CHECK(format_percent(200.0 / 3, "en") == "66.7%");
    CHECK(format_percent(49.96, "fr") == "50" + kNoBreakSpace + "%");
    CHECK(format_percent(7.5, "de") == "7,5" + kNoBreakSpace + "%");
    CHECK(format_percent(7.5, "tr") == "%7,5");
}

TEST_CASE("docs/profile.md lists every label key and every built-in label", "[design][labels]") {
    std::ifstream in(std::string(BROCHURE_SOURCE_DIR) + "/docs/profile.md", std::ios::binary);
    const std::string docs{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    REQUIRE_FALSE(docs.empty());
    for (std::string_view key : kLabelKeys) CHECK(docs.find("| `" + std::string(key) + "` |") != std::string::npos);
    for (std::string_view lang : built_in_label_languages()) {
        INFO(lang);
        const std::size_t section = docs.find("### `" + std::string(lang) + "`\n");
        REQUIRE(section != std::string::npos);
        const Labels& labels = *built_in_labels(lang);
        for (std::size_t i = 0; i < kLabelKeys.size(); ++i) {
            const std::string row = "| `" + std::string(kLabelKeys[i]) + "` | " + labels.*kLabelMembers[i] + " |";
            INFO(row);
            CHECK(docs.find(row, section) < docs.find("\n### ", section + 1));
        }
    }
}
