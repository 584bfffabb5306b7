#pragma once
// The JSON Schema of a profile (schema/profile.schema.json), built into the executable so
// that `brochure schema` works wherever it is installed.

#include <string_view>

namespace brochure {

/// The schema's text, byte for byte as in the source tree.
std::string_view profile_schema_text();

}  // namespace brochure
