#pragma once
// The starting profiles brochure init writes (templates/profile.*.yaml), built into the
// executable like the schema.

#include <optional>
#include <string_view>

namespace brochure {

/// The template written in language `lang` ("en", "fr"); nothing when there is none.
/// Its first line names the schema as SCHEMA_PATH, for init to fill in.
std::optional<std::string_view> profile_template(std::string_view lang);

}  // namespace brochure
