// The brochure's own words and numbers in English and French.

#include <catch2/catch.hpp>

#include "layout/labels.hpp"

using namespace brochure;

namespace {
const std::string kNarrowNoBreakSpace = "\u202F";
}

TEST_CASE("labels are chosen by the language tag", "[layout][labels]") {
    CHECK(labels_for("en").founded == "Founded");
    CHECK(labels_for("en-GB").countries == "Member countries");
    CHECK(labels_for("fr").founded == "Fondée en");
    CHECK(labels_for("fr-CA").countries == "Pays membres");
    CHECK(labels_for("FR").people_at_headquarters == "Personnes au siège");
    CHECK(labels_for("fr").headquarters == "Siège");
    CHECK(labels_for("fr").about == "À propos");
    CHECK(labels_for("fr").of == "sur");
    // Unknown languages, and tags that merely start with "fr", fall back to English.
    CHECK(labels_for("de").about == "About");
    CHECK(labels_for("fry").about == "About");
}

TEST_CASE("every French label is written", "[layout][labels]") {
    const Labels& french = labels_for("fr");
    const Labels& english = labels_for("en");
    for (const auto member : {&Labels::founded, &Labels::countries, &Labels::people_at_headquarters,
                              &Labels::headquarters, &Labels::about, &Labels::roles, &Labels::values,
                              &Labels::sectors, &Labels::colon, &Labels::address, &Labels::people, &Labels::staff_chart_title,
                              &Labels::international_staff, &Labels::videos, &Labels::scan_to_watch,
                              &Labels::internship, &Labels::not_itemised, &Labels::chart_note_total,
                              &Labels::chart_note_approximate_total, &Labels::chart_note_not_itemised,
                              &Labels::of}) {
        CHECK_FALSE((french.*member).empty());
        CHECK(french.*member != english.*member);
    }
}

TEST_CASE("counts group thousands as each language does", "[layout][labels]") {
    CHECK(format_count(4000, "en") == "4,000");
    CHECK(format_count(1234567, "en-US") == "1,234,567");
    CHECK(format_count(999, "en") == "999");
    CHECK(format_count(-2500, "en") == "-2,500");
    CHECK(format_count(4000, "fr") == "4" + kNarrowNoBreakSpace + "000");
    CHECK(format_count(1234567, "fr-FR") == "1" + kNarrowNoBreakSpace + "234" + kNarrowNoBreakSpace + "567");
    CHECK(format_count(300, "fr") == "300");
}

TEST_CASE("percentages use the language's decimal mark and spacing", "[layout][labels]") {
    CHECK(format_percent(50, "en") == "50%");
    CHECK(format_percent(7.5, "en") == "7.5%");
    // 300 of 4,000 is 7.5 %; 1 of 3 rounds to 33.3 %, 2 of 3 to 66.7 %.
    CHECK(format_percent(100.0 * 300 / 4000, "fr") == "7,5" + kNarrowNoBreakSpace + "%");
    CHECK(format_percent(100.0 / 3, "fr") == "33,3" + kNarrowNoBreakSpace + "%");
    CHECK(format_percent(200.0 / 3, "en") == "66.7%");
    CHECK(format_percent(50, "fr") == "50" + kNarrowNoBreakSpace + "%");
    CHECK(format_percent(49.96, "fr") == "50" + kNarrowNoBreakSpace + "%");
}
