#pragma once
// Every piece of text of a profile that the brochure must print, with a name saying
// where it came from, so a test can look for each one in the PDF.

#include <string>
#include <vector>

#include "model/profile.hpp"

namespace brochure::test {

struct NamedText {
    std::string field;  ///< e.g. "roles[2].text"
    std::string text;   ///< UTF-8, as loaded
};

/// Name, full name, tagline, company types, sectors, about, roles, headquarters, staff
/// description and category labels, international staff role, video titles and captions,
/// internship and values: everything but the language tag and the numbers.
std::vector<NamedText> printed_texts(const Profile& profile);

}  // namespace brochure::test
