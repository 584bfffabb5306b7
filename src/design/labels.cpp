#include "design/labels.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "design/label_texts.hpp"

namespace brochure {

const std::array<std::string Labels::*, kLabelKeys.size()> kLabelMembers{
    &Labels::founded,      &Labels::countries,    &Labels::people,        &Labels::headquarters,
    &Labels::about,        &Labels::roles,        &Labels::values,        &Labels::sectors,
    &Labels::address,      &Labels::staff,        &Labels::staff_chart,   &Labels::not_itemised,
    &Labels::chart_note,   &Labels::chart_note_approximate,               &Labels::chart_note_not_itemised,
    &Labels::videos,       &Labels::scan_to_watch,                        &Labels::internship,
    &Labels::page_number,  &Labels::qr_code,      &Labels::logo,
};

namespace {

std::string lowered(std::string_view text) {
    std::string lower;
    for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

const Labels* labels_with_tag(std::string_view tag) {
    for (const LanguageLabels& language : built_in_label_table())
        if (lowered(language.tag) == tag) return &language.labels;
    return nullptr;
}

const Labels& english() { return *labels_with_tag("en"); }

}  // namespace

const Labels* built_in_labels(std::string_view lang) {
    std::string tag = lowered(lang);
    std::replace(tag.begin(), tag.end(), '_', '-');
    const std::string language = tag.substr(0, tag.find('-'));
    // Serbian in Latin script would get Cyrillic labels: it has none of its own.
    if (language == "sr" && tag.find("-latn") != std::string::npos) return nullptr;
    // The language with its region ("pt-br"), then the language alone; Norwegian is Bokmål.
    const std::size_t region_end = tag.find('-', language.size() + 1);
    if (const Labels* exact = labels_with_tag(tag.substr(0, region_end))) return exact;
    return labels_with_tag(language == "no" ? "nb" : language);
}

std::vector<std::string_view> built_in_label_languages() {
    std::vector<std::string_view> tags;
    for (const LanguageLabels& language : built_in_label_table()) tags.push_back(language.tag);
    return tags;
}

std::string_view colon_for(std::string_view lang) {
    const std::string tag = lowered(lang.substr(0, 2));
    return tag == "fr" && (lang.size() == 2 || lang[2] == '-' || lang[2] == '_') ? "\u202F:" : ":";
}

Labels labels_for_profile(const Profile& profile, std::vector<Diagnostic>& diagnostics) {
    const Labels* built_in = built_in_labels(profile.lang.value);
    Labels labels = built_in ? *built_in : english();
    for (const LabelOverride& label : profile.labels) {
        const auto key = std::find(kLabelKeys.begin(), kLabelKeys.end(), label.key);
        if (key != kLabelKeys.end()) labels.*kLabelMembers[static_cast<std::size_t>(key - kLabelKeys.begin())] = label.text.value;
    }
    if (!built_in && profile.labels.size() < kLabelKeys.size()) {
        diagnostics.push_back(Diagnostic{
            Severity::warning, profile.source_path, profile.lang.position,
            fmt::format("lang: the brochure has no labels in \"{}\"; the {} labels the profile does not set are in English",
                        profile.lang.value, kLabelKeys.size() - profile.labels.size()),
            {fmt::format("set them under 'labels:' (docs/profile.md lists the keys), or use one of: {}",
                         fmt::join(built_in_label_languages(), ", "))},
            Rule::missing_labels, "lang"});
    }
    return labels;
}

std::string fill_placeholders(std::string_view text, const std::vector<std::pair<std::string_view, std::string>>& values) {
    std::string filled;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (text[i] == '{') {
            for (const auto& [name, value] : values) {
                if (text.substr(i + 1, name.size()) == name && text.substr(i + 1 + name.size(), 1) == "}") {
                    filled += value;
                    i += name.size() + 2;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) filled += text[i++];
    }
    return filled;
}

}  // namespace brochure
