#pragma once
// The kinds of diagnostic, each with a stable rule id ("BRO101") and name
// ("unknown-field") that JSON, SARIF and GitHub output carry, so that CI tools and editors
// can group, filter and link them. docs/profile.md lists them; ids are never reused.

#include <span>
#include <string_view>

namespace brochure {

enum class Rule {
    unreadable_text,     ///< not UTF-8 text: UTF-16, a NUL byte, an invalid byte
    yaml_syntax,         ///< the YAML cannot be parsed, or uses what profiles refuse
    not_a_profile,       ///< empty, or not a mapping of fields at the top level
    unknown_field,
    missing_field,
    duplicate_field,
    wrong_type,          ///< text where a list is expected, and so on
    empty_value,
    too_long,
    out_of_range,
    too_many_entries,
    invalid_value,       ///< a colour, address, image path or language tag in the wrong form
    inconsistent_staff,  ///< the staff breakdown does not add up to the total
    placeholder,         ///< text still as brochure init wrote it
    does_not_fit,        ///< the content does not fit the pages
    missing_glyph,
    qr_too_long,
    missing_labels,      ///< no built-in labels for the profile's language
    no_hyphenation,      ///< no hyphenation patterns for the profile's language
    low_contrast,
    image_unusable,      ///< an image that cannot be read, decoded or placed
    low_resolution,      ///< an image below 300 ppi at its printed size
    input_output,        ///< a file or folder that cannot be read or written
    internal_error,
};

struct RuleInfo {
    Rule rule;
    std::string_view id;       ///< "BRO101"
    std::string_view name;     ///< "unknown-field"
    std::string_view summary;  ///< one sentence, for SARIF's rule list and the docs
};

/// Every rule, in id order.
std::span<const RuleInfo> all_rules();

/// The id, name and summary of `rule`.
const RuleInfo& rule_info(Rule rule);

}  // namespace brochure
