#pragma once
// The profile's raw text before YAML sees it: the encoding and character checks that
// YAML parsing reports badly or not at all.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace brochure {

/// One problem found while reading the text, not yet tied to a file name.
struct Finding {
    SourcePosition position;
    std::string message;
    std::vector<std::string> hints;
    Rule rule = Rule::yaml_syntax;
};

/// Finds the first of the problems YAML parsing reports badly or not at all: UTF-16, a
/// NUL byte, invalid UTF-8 (at its first bad byte), a tab in a line's indentation. Nothing when
/// the text is clean.
std::optional<Finding> check_source_text(std::string_view text);

}  // namespace brochure
