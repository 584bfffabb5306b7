#pragma once
// The words the brochure adds around a profile's own text, by key: the profile's
// `labels` mapping may replace any of them, and the design has a default for each in
// every built-in language.

#include <array>
#include <string_view>

namespace brochure {

/// Every label key, in the order docs/profile.md lists them.
inline constexpr std::array<std::string_view, 21> kLabelKeys{
    "founded",     "countries",   "people",      "headquarters",
    "about",       "roles",       "values",      "sectors",
    "address",     "staff",       "staff_chart", "not_itemised",
    "chart_note",  "chart_note_approximate",     "chart_note_not_itemised",
    "videos",      "scan_to_watch",              "internship",
    "page_number", "qr_code",     "logo",
};

/// Longest label a profile may set, in characters: a heading or a word on a card is short;
/// the notes under the chart are sentences.
inline constexpr std::size_t kMaxLabelChars = 30;
inline constexpr std::size_t kMaxNoteLabelChars = 160;

/// The longest a profile may set the label `key` to.
constexpr std::size_t label_max_chars(std::string_view key) {
    return key.starts_with("chart_note") ? kMaxNoteLabelChars : kMaxLabelChars;
}

}  // namespace brochure
