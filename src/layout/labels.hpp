#pragma once
// The brochure's own words (section titles, fact labels, chart notes) and number
// formatting, chosen by the profile's language.

#include <string>
#include <string_view>

namespace brochure {

/// Fixed texts the design adds around the profile's own content.
struct Labels {
    std::string founded;
    std::string countries;
    std::string people_at_headquarters;
    std::string headquarters;
    std::string about;
    std::string roles;
    std::string values;
    std::string sectors;
    std::string colon;  ///< after a label, as the language writes it ("Sectors:", "Secteurs :")
    std::string address;
    std::string people;
    std::string staff_chart_title;
    std::string international_staff;
    std::string videos;
    std::string scan_to_watch;
    std::string internship;
    std::string not_itemised;
    /// Notes under the staff chart; {total}, {itemised} and {rest} stand for formatted counts.
    std::string chart_note_total;              ///< when the total is exact
    std::string chart_note_approximate_total;  ///< when the total is approximate
    std::string chart_note_not_itemised;       ///< appended when categories fall short of the total
    std::string page;  ///< as in "Page 1 of 2"
    std::string of;
};

/// Labels for the language tag `lang` ("en", "en-GB", "fr", "fr-CA", ...); English when unknown.
const Labels& labels_for(std::string_view lang);

/// A whole number with thousands grouped as the language writes them: "4,000" in English,
/// "4 000" with a narrow no-break space (U+202F) in French.
std::string format_count(long value, std::string_view lang);

/// A percentage with at most one decimal, trailing ".0" dropped: "50%", "7.5%" in English;
/// "50 %", "7,5 %" in French, with a narrow no-break space (U+202F) before "%".
std::string format_percent(double percent, std::string_view lang);

}  // namespace brochure
