#include "layout/labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace brochure {

namespace {

const Labels kEnglish{
    .founded = "Founded",
    .countries = "Member countries",
    .people_at_headquarters = "People at headquarters",
    .headquarters = "Headquarters",
    .about = "About",
    .roles = "What we do",
    .values = "Our values",
    .sectors = "Sectors",
    .colon = ":",
    .address = "Address",
    .people = "Our people",
    .staff_chart_title = "Who works at headquarters",
    .international_staff = "The International Staff",
    .videos = "Watch",
    .scan_to_watch = "Scan to watch",
    .internship = "Internship",
    .not_itemised = "Not itemised",
    .chart_note_total = "Shares are of the total of {total}.",
    .chart_note_approximate_total = "Approximate figures; shares are of the total of about {total}.",
    .chart_note_not_itemised = " The categories account for {itemised} people; the remaining {rest} are not itemised.",
    .page = "Page",
    .of = "of",
};

const Labels kFrench{
    .founded = "Fondée en",
    .countries = "Pays membres",
    .people_at_headquarters = "Personnes au siège",
    .headquarters = "Siège",
    .about = "À propos",
    .roles = "Nos missions",
    .values = "Nos valeurs",
    .sectors = "Secteurs",
    .colon = "\u202F:",
    .address = "Adresse",
    .people = "Nos équipes",
    .staff_chart_title = "Qui travaille au siège",
    .international_staff = "Le Secrétariat international",
    .videos = "En vidéo",
    .scan_to_watch = "Scannez pour regarder",
    .internship = "Stage",
    .not_itemised = "Non détaillé",
    .chart_note_total = "Les parts sont calculées sur un total de {total}.",
    .chart_note_approximate_total = "Chiffres approximatifs\u202F; les parts sont calculées sur un total d’environ {total}.",
    .chart_note_not_itemised = " Les catégories regroupent {itemised} personnes\u202F; les {rest} autres ne sont pas détaillées.",
    .page = "Page",
    .of = "sur",
};

/// How a language writes numbers: the thousands separator, the decimal mark, and what
/// goes between a number and "%".
struct NumberStyle {
    std::string_view thousands;
    char decimal;
    std::string_view before_percent;
};

// French separates thousands and the percent sign with a narrow no-break space (U+202F),
// so that neither a number nor "7,5 %" is ever split across lines.
constexpr NumberStyle kEnglishNumbers{",", '.', ""};
constexpr NumberStyle kFrenchNumbers{"\u202F", ',', "\u202F"};

bool is_french(std::string_view lang) {
    return lang.size() >= 2 && (lang[0] == 'f' || lang[0] == 'F') && (lang[1] == 'r' || lang[1] == 'R') &&
           (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
}

const NumberStyle& number_style(std::string_view lang) { return is_french(lang) ? kFrenchNumbers : kEnglishNumbers; }

}  // namespace

const Labels& labels_for(std::string_view lang) { return is_french(lang) ? kFrench : kEnglish; }

std::string format_count(long value, std::string_view lang) {
    const std::string digits = std::to_string(std::labs(value));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += number_style(lang).thousands;
        grouped += digits[i];
    }
    return value < 0 ? "-" + grouped : grouped;
}

std::string format_percent(double percent, std::string_view lang) {
    const NumberStyle& style = number_style(lang);
    const double tenths = std::round(percent * 10) / 10;
    std::string number = std::fabs(tenths - std::round(tenths)) < 1e-9 ? fmt::format("{:.0f}", tenths)
                                                                        : fmt::format("{:.1f}", tenths);
    std::replace(number.begin(), number.end(), '.', style.decimal);
    return number + std::string(style.before_percent) + "%";
}

}  // namespace brochure
