#pragma once
// Reading typed values out of a YAML tree against the field table, turning every
// problem into a diagnostic and carrying on, so one run reports them all.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/profile.hpp"
#include "model/profile_fields.hpp"
#include "model/yaml_tree.hpp"

namespace brochure {

/// True for text written as a placeholder, "<like this>": brochure init's template marks
/// what is to be replaced so, and reading it gives a warning until it is.
bool is_placeholder(std::string_view text);

/// `parent.key`, or `key` at the top level.
std::string field_path(const std::string& parent, std::string_view key);

/// One entry of a list of mappings that passed its checks, with its path ("roles[1]").
struct MappingItem {
    const YamlNode* node = nullptr;
    std::string path;
};

/// Collects diagnostics for one file while values are read.
class FieldReader {
public:
    /// `file` is the path shown in every diagnostic.
    explicit FieldReader(std::string file);

    /// Reports a problem of kind `rule` with the field at path `field` (empty: the file as a
    /// whole); the message reads "field: detail".
    void error(Rule rule, std::string field, SourcePosition position, std::string detail,
               std::vector<std::string> hints = {});
    void warning(Rule rule, std::string field, SourcePosition position, std::string detail,
                 std::vector<std::string> hints = {});

    /// Everything reported so far, in the order reported.
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

    /// Checks the keys of `mapping` (which must be a mapping) against `fields`: keys
    /// that are not text, unknown keys (with a "did you mean" hint), duplicates, and
    /// missing required fields, reported at `missing_position` (the line 0 default: at
    /// the mapping's own position). A missing field that an unknown key was taken for
    /// is not reported twice.
    void check_keys(const YamlNode& mapping, std::span<const FieldSpec> fields,
                    const std::string& path, SourcePosition missing_position = {});

    /// The entry for `spec` in `mapping`, the first when repeated; nothing when absent.
    static const YamlEntry* find(const YamlNode& mapping, const FieldSpec& spec);

    /// A text, url, color or file field: trimmed, non-empty, within its length, in the
    /// kind's syntax (file: check_image_path; color: "#rrggbb"). Nothing when absent
    /// or wrong (then reported).
    std::optional<Text> text(const YamlNode& mapping, const FieldSpec& spec,
                             const std::string& parent_path);

    /// A whole_number field within [spec.minimum, spec.maximum].
    std::optional<Located<long>> whole_number(const YamlNode& mapping, const FieldSpec& spec,
                                              const std::string& parent_path);

    /// A boolean field: true or false.
    std::optional<bool> boolean(const YamlNode& mapping, const FieldSpec& spec,
                                const std::string& parent_path);

    /// A text_list field; the entries that are valid texts (the others are reported).
    std::vector<Text> text_list(const YamlNode& mapping, const FieldSpec& spec,
                                const std::string& parent_path);

    /// A mapping field whose keys have been checked; nothing when absent or not a mapping.
    const YamlNode* mapping(const YamlNode& mapping, const FieldSpec& spec,
                            const std::string& parent_path);

    /// A mapping_list field: its entries that are mappings, keys checked. `list_position`
    /// receives the field's position (its key) when present.
    std::vector<MappingItem> mapping_list(const YamlNode& mapping, const FieldSpec& spec,
                                          const std::string& parent_path,
                                          SourcePosition* list_position = nullptr);

private:
    // `node` as trimmed, non-empty text within the spec's limits, or nothing (then
    // reported); `fallback` is where to point when the node is empty.
    std::optional<Text> checked_text(const YamlNode& node, SourcePosition fallback,
                                     const FieldSpec& spec, const std::string& path);
    // Whether the entry's value has `kind`; reports it otherwise.
    bool is_kind(const YamlEntry& entry, YamlNode::Kind kind, const FieldSpec& spec,
                 const std::string& path, std::string_view expected);

    std::string file_;
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace brochure
