#pragma once
// A YAML document read into plain nodes that keep their positions and every mapping
// entry (duplicate keys included). The only file that sees libyaml, the parser, is
// yaml_tree.cpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/source_text.hpp"

namespace brochure {

/// Deepest nesting of lists and mappings accepted; a profile needs 4
/// (root → staff → breakdown → category).
inline constexpr int kMaxYamlNestingDepth = 6;

struct YamlEntry;

/// One node of a YAML document.
struct YamlNode {
    enum class Kind { null, scalar, sequence, mapping };

    Kind kind = Kind::null;
    SourcePosition position;         ///< where the node starts (1-based, in characters)
    std::string value;               ///< the scalar's text (kind == scalar)
    std::vector<YamlNode> items;     ///< the sequence's items (kind == sequence)
    std::vector<YamlEntry> entries;  ///< the mapping's entries in source order, duplicates kept
};

/// One key/value pair of a mapping.
struct YamlEntry {
    YamlNode key;
    YamlNode value;
};

/// A parsed document, or the one reason it could not be read.
struct YamlParse {
    std::optional<YamlNode> root;    ///< nothing when the text holds no document
    std::optional<Finding> failure;  ///< syntax error, nesting too deep, anchor or alias, second document
};

/// Parses the single YAML document in `text`. Refuses anchors and aliases (a small
/// alias bomb would expand into a huge tree), lists and mappings nested deeper than
/// `max_nesting_depth`, and any second document. Never throws on bad input.
YamlParse parse_yaml_document(std::string_view text, int max_nesting_depth = kMaxYamlNestingDepth);

}  // namespace brochure
