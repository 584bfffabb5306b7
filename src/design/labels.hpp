#pragma once
// The brochure's own words (section titles, fact labels, chart notes, the folio), in the
// profile's language, with the profile's own replacements.

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/label_keys.hpp"
#include "model/profile.hpp"

namespace brochure {

/// Fixed texts the design adds around the profile's own content, one per label key.
/// Placeholders in braces stand for numbers the design fills in.
struct Labels {
    std::string founded;
    std::string countries;
    std::string people;        ///< the key fact: how many people
    std::string headquarters;
    std::string about;
    std::string roles;
    std::string values;
    std::string sectors;
    std::string address;
    std::string staff;         ///< the section about the people
    std::string staff_chart;   ///< the chart's title
    std::string not_itemised;  ///< the bar of people no group accounts for
    std::string chart_note;                ///< {total}
    std::string chart_note_approximate;    ///< {total}, when the total is approximate
    std::string chart_note_not_itemised;   ///< {itemised} and {rest}, appended when groups fall short
    std::string videos;
    std::string scan_to_watch;
    std::string internship;
    std::string page_number;   ///< {page} and {pages}
    std::string qr_code;       ///< not printed: a QR code's name in its description
    std::string logo;          ///< not printed: the logo's name in its description
};

/// The member of Labels for each of kLabelKeys, in the same order.
extern const std::array<std::string Labels::*, kLabelKeys.size()> kLabelMembers;

/// The built-in labels of the language of BCP 47 tag `lang` ("de-CH" falls back to
/// German, "pt-BR" has its own), or nullptr when the language has none.
const Labels* built_in_labels(std::string_view lang);

/// The tags of the built-in languages, sorted.
std::vector<std::string_view> built_in_label_languages();

/// How a language writes a colon after a label: ":" or, in French, "\u202F:".
std::string_view colon_for(std::string_view lang);

/// The labels a profile is laid out with: its language's built-in ones (English when it
/// has none: warned about at `lang`, unless the profile's `labels` replace every one),
/// with the profile's replacements.
Labels labels_for_profile(const Profile& profile, std::vector<Diagnostic>& diagnostics);

/// `text` with each "{name}" of `values` replaced by its value; any other brace is kept as
/// written, so that no label can make formatting fail.
std::string fill_placeholders(std::string_view text, const std::vector<std::pair<std::string_view, std::string>>& values);

}  // namespace brochure
