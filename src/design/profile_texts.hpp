#pragma once
// Every piece of text in a profile, with the name of its field, for checks that must see
// all of them (glyph coverage, extraction tests).

#include <string>
#include <utility>
#include <vector>

#include "model/profile.hpp"

namespace brochure {

/// (field path, text) for every text field of `profile` that is set, in document order,
/// e.g. ("roles[1].text", &profile.roles[1].text). Pointers into `profile`.
std::vector<std::pair<std::string, const Text*>> profile_texts(const Profile& profile);

}  // namespace brochure
