#include "core/diagnostic_rules.hpp"

#include <stdexcept>

namespace brochure {

namespace {

// Ids are grouped by the stage that finds them: 101-119 the fields, 120-129 the text and
// its YAML, 2xx the layout, 3xx images, 4xx files and the tool itself. A retired rule's
// id stays unused.
constexpr RuleInfo kRules[] = {
    {Rule::unknown_field, "BRO101", "unknown-field", "A field the profile format does not have, often a misspelling."},
    {Rule::missing_field, "BRO102", "missing-field", "A required field is missing."},
    {Rule::duplicate_field, "BRO103", "duplicate-field", "A field is given twice in one mapping."},
    {Rule::wrong_type, "BRO104", "wrong-type", "A value of the wrong kind: text, number, list or mapping."},
    {Rule::empty_value, "BRO105", "empty-value", "A field is present but has no value."},
    {Rule::too_long, "BRO106", "too-long", "A text is longer than its field's limit."},
    {Rule::out_of_range, "BRO107", "out-of-range", "A number is outside its field's range."},
    {Rule::too_many_entries, "BRO108", "too-many-entries", "A list has more entries than its field allows."},
    {Rule::invalid_value, "BRO109", "invalid-value", "A colour, web address, image path, language tag or character in the wrong form."},
    {Rule::inconsistent_staff, "BRO110", "inconsistent-staff", "The staff breakdown does not add up to the staff total."},
    {Rule::placeholder, "BRO111", "placeholder", "A text is still the placeholder that brochure init wrote."},
    {Rule::unreadable_text, "BRO120", "unreadable-text", "The file is not UTF-8 text (UTF-16, a NUL byte, an invalid byte)."},
    {Rule::yaml_syntax, "BRO121", "yaml-syntax", "The YAML cannot be parsed, or uses anchors, tabs or depths that profiles refuse."},
    {Rule::not_a_profile, "BRO122", "not-a-profile", "The file is empty, or not a mapping of profile fields."},
    {Rule::does_not_fit, "BRO201", "does-not-fit", "The content does not fit the brochure's pages."},
    {Rule::missing_glyph, "BRO202", "missing-glyph", "A character the brochure's fonts cannot draw."},
    {Rule::qr_too_long, "BRO203", "qr-too-long", "A web address too long for the brochure's QR codes."},
    {Rule::missing_labels, "BRO204", "missing-labels", "The brochure has no built-in labels in the profile's language."},
    {Rule::no_hyphenation, "BRO205", "no-hyphenation", "No hyphenation patterns are installed for the profile's language."},
    {Rule::low_contrast, "BRO206", "low-contrast", "Text on a brand colour would be hard to read."},
    {Rule::image_unusable, "BRO301", "image-unusable", "An image that cannot be read or decoded, or lies outside the assets folder."},
    {Rule::low_resolution, "BRO302", "low-resolution", "An image has too few pixels for print at its printed size."},
    {Rule::input_output, "BRO401", "input-output", "A file or folder that cannot be read or written."},
    {Rule::internal_error, "BRO402", "internal-error", "A bug in brochure: please report it."},
};

}  // namespace

std::span<const RuleInfo> all_rules() { return kRules; }

const RuleInfo& rule_info(Rule rule) {
    for (const RuleInfo& info : kRules)
        if (info.rule == rule) return info;
    throw std::logic_error("a diagnostic rule without an entry in the rule table");
}

}  // namespace brochure
