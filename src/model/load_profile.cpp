#include "model/load_profile.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "model/field_reader.hpp"
#include "model/profile_fields.hpp"
#include "model/source_text.hpp"
#include "model/yaml_tree.hpp"

namespace brochure {

namespace {

using Fields = std::span<const FieldSpec>;

// Required texts are reported when missing; the empty default only fills the struct
// of a profile that will not be returned.
Text text_or_empty(std::optional<Text> text) { return text ? std::move(*text) : Text{}; }

Located<int> year_or_count(std::optional<Located<long>> number) {
    if (!number) return {};
    return {static_cast<int>(number->value), number->position};
}

void read_staff(FieldReader& reader, const YamlNode& mapping, Fields fields, Staff& staff) {
    const std::string path = "staff";
    const auto total = reader.whole_number(mapping, field_spec(fields, "total"), path);
    if (total) staff.total = *total;
    staff.total_is_approximate =
        reader.boolean(mapping, field_spec(fields, "total_is_approximate"), path).value_or(false);
    staff.description = text_or_empty(reader.text(mapping, field_spec(fields, "description"), path));

    const FieldSpec& breakdown = field_spec(fields, "breakdown");
    bool every_count_read = true;
    for (const MappingItem& item :
         reader.mapping_list(mapping, breakdown, path, &staff.breakdown_position)) {
        StaffCategory category;
        category.label = text_or_empty(reader.text(*item.node, field_spec(breakdown.fields, "label"), item.path));
        const auto count = reader.whole_number(*item.node, field_spec(breakdown.fields, "count"), item.path);
        every_count_read = every_count_read && count.has_value();
        if (count) category.count = *count;
        staff.breakdown.push_back(std::move(category));
    }

    // The breakdown may leave people out on purpose ("roughly 4,000"), so a mismatch is
    // worth a look but not a failure.
    if (!total || staff.breakdown.empty() || !every_count_read) return;
    const long itemised = std::accumulate(staff.breakdown.begin(), staff.breakdown.end(), 0L,
                                          [](long sum, const StaffCategory& c) { return sum + c.count.value; });
    if (itemised == total->value) return;
    const long difference = total->value - itemised;
    reader.warning(Rule::inconsistent_staff, "staff.breakdown", staff.breakdown_position,
                   fmt::format("the categories add up to {} but staff.total is {} ({})",
                               group_thousands(itemised), group_thousands(total->value),
                               difference > 0 ? group_thousands(difference) + " not itemised"
                                              : group_thousands(-difference) + " more than the total"));
}

void read_headquarters(FieldReader& reader, const YamlNode& mapping, Fields fields, Headquarters& hq) {
    const std::string path = "headquarters";
    hq.city = text_or_empty(reader.text(mapping, field_spec(fields, "city"), path));
    hq.country = text_or_empty(reader.text(mapping, field_spec(fields, "country"), path));
    hq.address = text_or_empty(reader.text(mapping, field_spec(fields, "address"), path));
    hq.description = text_or_empty(reader.text(mapping, field_spec(fields, "description"), path));
}

std::optional<Located<Color>> located_color(std::optional<Text> text) {
    if (!text) return std::nullopt;
    return Located<Color>{*color_from_hex(text->value), text->position};
}

void read_brand(FieldReader& reader, const YamlNode& mapping, Fields fields, Brand& brand) {
    const std::string path = "brand";
    brand.primary = located_color(reader.text(mapping, field_spec(fields, "primary"), path));
    brand.accent = located_color(reader.text(mapping, field_spec(fields, "accent"), path));
    brand.logo = reader.text(mapping, field_spec(fields, "logo"), path);
}

void read_profile(FieldReader& reader, const YamlNode& root, Profile& profile) {
    const Fields fields = profile_fields();
    reader.check_keys(root, fields, "");
    const auto text = [&](std::string_view key) { return reader.text(root, field_spec(fields, key), ""); };

    profile.lang = text_or_empty(text("lang"));
    if (!profile.lang.value.empty() && !is_language_tag(profile.lang.value)) {
        reader.error(Rule::invalid_value, "lang", profile.lang.position,
                     fmt::format("expected a language tag such as \"en\" or \"fr-BE\", got \"{}\"",
                                 profile.lang.value));
    }
    profile.name = text_or_empty(text("name"));
    profile.full_name = text("full_name");
    profile.tagline = text_or_empty(text("tagline"));
    const FieldSpec& brand = field_spec(fields, "brand");
    if (const YamlNode* node = reader.mapping(root, brand, "")) read_brand(reader, *node, brand.fields, profile.brand);
    profile.cover_image = text("cover_image");
    profile.cover_image_description = text("cover_image_description");
    profile.company_types = reader.text_list(root, field_spec(fields, "company_types"), "");
    profile.sectors = reader.text_list(root, field_spec(fields, "sectors"), "");
    profile.founded = year_or_count(reader.whole_number(root, field_spec(fields, "founded"), ""));
    profile.countries = year_or_count(reader.whole_number(root, field_spec(fields, "countries"), ""));
    profile.about = text_or_empty(text("about"));

    const FieldSpec& roles = field_spec(fields, "roles");
    for (const MappingItem& item : reader.mapping_list(root, roles, "")) {
        profile.roles.push_back(
            Role{text_or_empty(reader.text(*item.node, field_spec(roles.fields, "name"), item.path)),
                 text_or_empty(reader.text(*item.node, field_spec(roles.fields, "text"), item.path))});
    }

    const FieldSpec& headquarters = field_spec(fields, "headquarters");
    if (const YamlNode* node = reader.mapping(root, headquarters, "")) {
        read_headquarters(reader, *node, headquarters.fields, profile.headquarters);
    }
    const FieldSpec& staff = field_spec(fields, "staff");
    if (const YamlNode* node = reader.mapping(root, staff, "")) {
        read_staff(reader, *node, staff.fields, profile.staff);
    }
    const FieldSpec& sections = field_spec(fields, "sections");
    for (const MappingItem& item : reader.mapping_list(root, sections, "")) {
        profile.sections.push_back(
            Section{text_or_empty(reader.text(*item.node, field_spec(sections.fields, "title"), item.path)),
                    text_or_empty(reader.text(*item.node, field_spec(sections.fields, "text"), item.path))});
    }

    const FieldSpec& videos = field_spec(fields, "videos");
    for (const MappingItem& item : reader.mapping_list(root, videos, "")) {
        profile.videos.push_back(
            Video{text_or_empty(reader.text(*item.node, field_spec(videos.fields, "title"), item.path)),
                  reader.text(*item.node, field_spec(videos.fields, "caption"), item.path),
                  text_or_empty(reader.text(*item.node, field_spec(videos.fields, "url"), item.path)),
                  reader.text(*item.node, field_spec(videos.fields, "image"), item.path)});
    }

    const FieldSpec& internship = field_spec(fields, "internship");
    if (const YamlNode* node = reader.mapping(root, internship, "")) {
        profile.internship = Internship{
            text_or_empty(reader.text(*node, field_spec(internship.fields, "title"), "internship")),
            text_or_empty(reader.text(*node, field_spec(internship.fields, "text"), "internship"))};
    }
    profile.values = reader.text_list(root, field_spec(fields, "values"), "");

    const FieldSpec& labels = field_spec(fields, "labels");
    if (const YamlNode* node = reader.mapping(root, labels, "")) {
        for (const FieldSpec& label : labels.fields)
            if (auto text = reader.text(*node, label, "labels")) profile.labels.push_back({std::string(label.key), *text});
    }
}

std::string_view kind_name(const YamlNode& node) {
    return node.kind == YamlNode::Kind::sequence ? "a list" : "a single value";
}

}  // namespace

bool is_language_tag(std::string_view tag) {
    std::size_t subtag_start = 0;
    for (std::size_t i = 0; i <= tag.size(); ++i) {
        if (i < tag.size() && tag[i] != '-') {
            const char c = tag[i];
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            const bool digit = c >= '0' && c <= '9';
            if (!letter && !(digit && subtag_start > 0)) return false;
            continue;
        }
        const std::size_t length = i - subtag_start;
        if (subtag_start == 0 ? (length < 2 || length > 3) : (length < 1 || length > 8)) return false;
        subtag_start = i + 1;
    }
    return true;
}

LoadResult load_profile_from_text(std::string_view yaml_text, const std::string& path) {
    FieldReader reader(path);
    LoadResult result;
    const auto refuse = [&](const Finding& finding) {
        reader.error(finding.rule, "", finding.position, finding.message, finding.hints);
        result.diagnostics = reader.diagnostics();
        return result;
    };

    if (const auto problem = check_source_text(yaml_text)) return refuse(*problem);
    YamlParse parse = parse_yaml_document(yaml_text);
    if (parse.failure) return refuse(*parse.failure);
    if (!parse.root || parse.root->kind == YamlNode::Kind::null) {
        return refuse(Finding{{}, "the profile is empty", {"brochure init writes a profile to start from"}, Rule::not_a_profile});
    }
    if (parse.root->kind != YamlNode::Kind::mapping) {
        return refuse(Finding{parse.root->position,
                              fmt::format("expected a mapping of profile fields at the top level, got {}",
                                          kind_name(*parse.root)),
                              {"a profile starts with lines like 'name: ...'"},
                              Rule::not_a_profile});
    }

    Profile profile;
    profile.source_path = path;
    read_profile(reader, *parse.root, profile);

    result.diagnostics = reader.diagnostics();
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.position.line, a.position.column) <
                                std::pair(b.position.line, b.position.column);
                     });
    if (!has_errors(result.diagnostics)) result.profile = std::move(profile);
    return result;
}

}  // namespace brochure
