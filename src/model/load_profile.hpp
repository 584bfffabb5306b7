#pragma once
// Reading a profile from YAML into a validated Profile.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/profile.hpp"

namespace brochure {

/// What load_profile found: a profile when there were no errors, and every diagnostic
/// (errors and warnings) in source order.
struct LoadResult {
    std::optional<Profile> profile;
    std::vector<Diagnostic> diagnostics;
};

/// Whether `tag` is a BCP 47 language tag in its common shape: "en", "fr-BE", "zh-Hant".
bool is_language_tag(std::string_view tag);

/// Parses and validates `yaml_text`, the content of the file at `path` (used only in
/// diagnostics and Profile::source_path). Never throws on bad input: every problem becomes
/// a Diagnostic. Warns (does not fail) when the staff breakdown and total disagree.
LoadResult load_profile_from_text(std::string_view yaml_text, const std::string& path);

}  // namespace brochure
