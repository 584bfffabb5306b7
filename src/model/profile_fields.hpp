#pragma once
// The table of every field a profile may have: key, kind, whether it is required, and
// its limits. The loader checks keys and limits against it; the schema test compares
// schema/profile.schema.json with it, so the field list is written down once.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace brochure {

/// What a field's value must be.
enum class FieldKind {
    text,          ///< a non-empty line or paragraph of UTF-8 text
    url,           ///< an absolute http(s) address
    color,         ///< an sRGB colour written "#rrggbb"
    file,          ///< a relative path to an image file, inside the profile's folder
    whole_number,  ///< an integer written with digits only
    boolean,       ///< true or false
    text_list,     ///< a list of texts
    mapping,       ///< a mapping with its own `fields`
    mapping_list,  ///< a list of mappings, each with `fields`
};

/// One field of the profile format.
struct FieldSpec {
    std::string_view key;
    FieldKind kind = FieldKind::text;
    bool required = false;
    /// text and text_list items: most characters (code points); url, color, file: most bytes.
    std::size_t max_length = 0;
    long minimum = 0;  ///< whole_number: smallest value allowed
    long maximum = 0;  ///< whole_number: largest value allowed
    std::size_t max_items = 0;           ///< text_list, mapping_list: most entries
    std::span<const FieldSpec> fields{}; ///< mapping, mapping_list: the nested fields
};

/// The fields of a profile's top-level mapping, in the order the documentation lists them.
std::span<const FieldSpec> profile_fields();

/// For a field the format no longer has, a hint saying what replaced it.
std::optional<std::string_view> retired_field_hint(std::string_view key);

/// The field called `key` among `fields`. Asking for a key the table lacks is a bug in
/// the caller: throws std::logic_error.
const FieldSpec& field_spec(std::span<const FieldSpec> fields, std::string_view key);

}  // namespace brochure
