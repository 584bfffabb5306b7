#pragma once
// "Did you mean ...?" for misspelt field names.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace brochure {

/// Number of single-character insertions, deletions and substitutions that turn `a`
/// into `b` (Levenshtein distance, counted in bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `name`, when it is close enough to be a likely misspelling:
/// at most a third of `name`'s length away (at least 1). Ties go to the earlier candidate.
std::optional<std::string_view> closest_name(std::string_view name,
                                             std::span<const std::string_view> candidates);

}  // namespace brochure
