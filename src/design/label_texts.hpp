#pragma once
// The table of built-in labels, one entry per language.

#include <string_view>
#include <vector>

#include "design/labels.hpp"

namespace brochure {

struct LanguageLabels {
    std::string_view tag;  ///< "de", "pt-BR": a language subtag, with a region where it differs
    Labels labels;
};

/// Every built-in language, sorted by tag.
const std::vector<LanguageLabels>& built_in_label_table();

}  // namespace brochure
