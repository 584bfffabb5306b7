#include "model/field_reader.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "core/utf8.hpp"

#include "model/closest_name.hpp"
#include "model/image_path.hpp"
#include "model/source_text.hpp"
#include "model/video_url.hpp"

namespace brochure {

namespace {

constexpr std::size_t kQuotedValueChars = 40;

// `text` cut after kQuotedValueChars characters, with "…" when it was cut: a value or key
// quoted in a message stays short whatever its length.
std::string clipped(std::string_view text) {
    std::string shown;
    std::size_t characters = 0;
    for (char byte : text) {
        const bool starts_character = (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
        if (starts_character && ++characters > kQuotedValueChars) {
            shown += "…";
            break;
        }
        shown += byte;
    }
    return shown;
}

// How a node reads in "expected X, got Y".
std::string describe(const YamlNode& node) {
    switch (node.kind) {
        case YamlNode::Kind::null: return "nothing";
        case YamlNode::Kind::sequence: return "a list";
        case YamlNode::Kind::mapping: return "a mapping";
        case YamlNode::Kind::scalar: break;
    }
    return fmt::format("\"{}\"", clipped(node.value));
}

// The first character of `text` that cannot be printed: a C0 control other than tab and
// the line ends a paragraph may hold, DEL, or a C1 control. A YAML escape ("\0", "\e",
// "\x85") writes one from printable source.
std::optional<char32_t> first_control_character(std::string_view text) {
    for (std::size_t index = 0; index < text.size();) {
        const char32_t c = next_code_point(text, index);
        const bool allowed_space = c == '\t' || c == '\n' || c == '\r';
        if ((c < 0x20 && !allowed_space) || (c >= 0x7F && c <= 0x9F)) return c;
    }
    return std::nullopt;
}

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::vector<std::string> empty_value_hints(const FieldSpec& spec) {
    if (spec.required) return {};
    return {"remove the line to leave the field out"};
}

// "4,000", "4 000", "4'000": digits in groups of three after the first.
bool is_grouped_number(std::string_view text) {
    std::size_t group_start = 0;
    std::size_t groups = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool at_separator = i == text.size() || std::string_view(",. '_").find(text[i]) !=
                                                          std::string_view::npos;
        if (!at_separator) {
            if (text[i] < '0' || text[i] > '9') return false;
            continue;
        }
        const std::size_t length = i - group_start;
        if (length == 0 || length > 3 || (groups > 0 && length != 3)) return false;
        ++groups;
        group_start = i + 1;
    }
    return groups >= 2;
}

std::string digits_only(std::string_view text) {
    std::string digits;
    std::copy_if(text.begin(), text.end(), std::back_inserter(digits),
                 [](char c) { return c >= '0' && c <= '9'; });
    return digits;
}

bool is_whole_number_syntax(std::string_view text) {
    if (text.starts_with('-')) text.remove_prefix(1);
    return !text.empty() && std::all_of(text.begin(), text.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_placeholder(std::string_view text) {
    return text.size() > 2 && text.front() == '<' && text.back() == '>';
}

std::string field_path(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : fmt::format("{}.{}", parent, key);
}

FieldReader::FieldReader(std::string file) : file_(std::move(file)) {}

namespace {

Diagnostic field_diagnostic(Severity severity, Rule rule, const std::string& file, std::string field,
                            SourcePosition position, std::string detail, std::vector<std::string> hints) {
    std::string message = field.empty() ? std::move(detail) : fmt::format("{}: {}", field, detail);
    return Diagnostic{severity, file, position, std::move(message), std::move(hints), rule, std::move(field)};
}

}  // namespace

void FieldReader::error(Rule rule, std::string field, SourcePosition position, std::string detail,
                        std::vector<std::string> hints) {
    diagnostics_.push_back(field_diagnostic(Severity::error, rule, file_, std::move(field), position,
                                            std::move(detail), std::move(hints)));
}

void FieldReader::warning(Rule rule, std::string field, SourcePosition position, std::string detail,
                          std::vector<std::string> hints) {
    diagnostics_.push_back(field_diagnostic(Severity::warning, rule, file_, std::move(field), position,
                                            std::move(detail), std::move(hints)));
}

void FieldReader::check_keys(const YamlNode& mapping, std::span<const FieldSpec> fields,
                             const std::string& path, SourcePosition missing_position) {
    std::vector<std::string_view> known;
    for (const FieldSpec& spec : fields) known.push_back(spec.key);

    std::unordered_map<std::string_view, int> first_line_of_key;
    std::vector<std::string_view> suggested;
    for (const YamlEntry& entry : mapping.entries) {
        const YamlNode& key = entry.key;
        if (key.kind != YamlNode::Kind::scalar) {
            error(Rule::wrong_type, path.empty() ? "profile" : path, key.position,
                  fmt::format("a field name must be plain text, got {}", describe(key)));
            continue;
        }
        const std::string key_path = field_path(path, clipped(key.value));
        if (std::find(known.begin(), known.end(), key.value) == known.end()) {
            std::vector<std::string> hints;
            if (const auto retired = path.empty() ? retired_field_hint(key.value) : std::nullopt) {
                hints.emplace_back(*retired);
            } else if (const auto suggestion = closest_name(key.value, known)) {
                hints.push_back(fmt::format("did you mean '{}'?", *suggestion));
                suggested.push_back(*suggestion);
            } else {
                hints.push_back(fmt::format("the fields here are: {}", fmt::join(known, ", ")));
            }
            error(Rule::unknown_field, key_path, key.position, "unknown field", std::move(hints));
            continue;
        }
        const auto [first, inserted] = first_line_of_key.emplace(key.value, key.position.line);
        if (!inserted) {
            error(Rule::duplicate_field, key_path, key.position,
                  fmt::format("duplicate field; the first is at line {}", first->second),
                  {"keep only one of them"});
        }
    }
    const auto was_suggested = [&](std::string_view key) {
        return std::find(suggested.begin(), suggested.end(), key) != suggested.end();
    };
    for (const FieldSpec& spec : fields) {
        if (spec.required && !find(mapping, spec) && !was_suggested(spec.key)) {
            error(Rule::missing_field, field_path(path, spec.key),
                  missing_position.line > 0 ? missing_position : mapping.position, "required field is missing");
        }
    }
}

const YamlEntry* FieldReader::find(const YamlNode& mapping, const FieldSpec& spec) {
    const auto found = std::find_if(mapping.entries.begin(), mapping.entries.end(), [&](const YamlEntry& e) {
        return e.key.kind == YamlNode::Kind::scalar && e.key.value == spec.key;
    });
    return found == mapping.entries.end() ? nullptr : &*found;
}

bool FieldReader::is_kind(const YamlEntry& entry, YamlNode::Kind kind, const FieldSpec& spec,
                          const std::string& path, std::string_view expected) {
    if (entry.value.kind == kind) return true;
    if (entry.value.kind == YamlNode::Kind::null) {
        error(Rule::empty_value, path, entry.key.position, "must not be empty", empty_value_hints(spec));
    } else {
        error(Rule::wrong_type, path, entry.value.position,
              fmt::format("expected {}, got {}", expected, describe(entry.value)));
    }
    return false;
}

std::optional<Text> FieldReader::checked_text(const YamlNode& node, SourcePosition fallback,
                                              const FieldSpec& spec, const std::string& path) {
    const SourcePosition position = node.kind == YamlNode::Kind::null ? fallback : node.position;
    if (node.kind != YamlNode::Kind::scalar && node.kind != YamlNode::Kind::null) {
        error(Rule::wrong_type, path, position, fmt::format("expected text, got {}", describe(node)));
        return std::nullopt;
    }
    const std::string_view value = trimmed(node.value);
    if (value.empty()) {
        error(Rule::empty_value, path, position, "must not be empty", empty_value_hints(spec));
        return std::nullopt;
    }
    if (const auto control = first_control_character(value)) {
        error(Rule::invalid_value, path, position,
              fmt::format("contains the control character U+{:04X}, which cannot be printed",
                          static_cast<unsigned>(*control)),
              {"remove it (in a double-quoted string, an escape such as \\0 or \\e writes one)"});
        return std::nullopt;
    }
    bool acceptable = true;
    if (spec.kind == FieldKind::color) {
        if (!color_from_hex(value)) {
            error(Rule::invalid_value, path, position, fmt::format("expected a colour written #rrggbb, got \"{}\"", clipped(value)),
                  {"for example '#0b2545' (six hexadecimal digits: red, green, blue)"});
            acceptable = false;
        }
    } else if (spec.kind == FieldKind::file) {
        if (auto problem = check_image_path(value)) {
            error(Rule::invalid_value, path, position, problem->message, std::move(problem->hints));
            acceptable = false;
        }
    } else if (spec.kind == FieldKind::url) {
        for (UrlProblem& problem : check_video_url(value)) {
            error(Rule::invalid_value, path, position, problem.message, std::move(problem.hints));
            acceptable = false;
        }
    } else if (const std::size_t length = code_point_count(value); length > spec.max_length) {
        error(Rule::too_long, path, position, fmt::format("too long: {} characters, the limit is {} ({} too many)",
                                                           length, spec.max_length, length - spec.max_length));
        acceptable = false;
    }
    if (!acceptable) return std::nullopt;
    if (spec.kind == FieldKind::text && is_placeholder(value)) {
        warning(Rule::placeholder, path, position, fmt::format("still the placeholder \"{}\"", clipped(value)),
                {"replace it with your own text (brochure init wrote it to show what goes here)"});
    }
    return Text{std::string(value), position};
}

std::optional<Text> FieldReader::text(const YamlNode& mapping, const FieldSpec& spec,
                                      const std::string& parent_path) {
    const YamlEntry* entry = find(mapping, spec);
    if (!entry) return std::nullopt;
    return checked_text(entry->value, entry->key.position, spec, field_path(parent_path, spec.key));
}

std::optional<Located<long>> FieldReader::whole_number(const YamlNode& mapping, const FieldSpec& spec,
                                                       const std::string& parent_path) {
    const YamlEntry* entry = find(mapping, spec);
    const std::string path = field_path(parent_path, spec.key);
    if (!entry || !is_kind(*entry, YamlNode::Kind::scalar, spec, path, "a whole number")) {
        return std::nullopt;
    }
    const std::string_view written = trimmed(entry->value.value);
    const SourcePosition position = entry->value.position;
    if (!is_whole_number_syntax(written)) {
        std::vector<std::string> hints;
        if (is_grouped_number(written)) {
            hints.push_back(fmt::format("write digits only, without separators: {}", digits_only(written)));
        }
        error(Rule::wrong_type, path, position, fmt::format("expected a whole number, got {}", describe(entry->value)),
              std::move(hints));
        return std::nullopt;
    }
    long value = 0;
    const auto [end, status] = std::from_chars(written.data(), written.data() + written.size(), value);
    if (status != std::errc{} || value < spec.minimum || value > spec.maximum) {
        error(Rule::out_of_range, path, position,
              fmt::format("must be between {} and {}, got {}", spec.minimum, spec.maximum, written));
        return std::nullopt;
    }
    return Located<long>{value, position};
}

std::optional<bool> FieldReader::boolean(const YamlNode& mapping, const FieldSpec& spec,
                                         const std::string& parent_path) {
    const YamlEntry* entry = find(mapping, spec);
    const std::string path = field_path(parent_path, spec.key);
    if (!entry || !is_kind(*entry, YamlNode::Kind::scalar, spec, path, "true or false")) {
        return std::nullopt;
    }
    // YAML 1.2's spellings only, not YAML 1.1's yes/no/on/off.
    const std::string_view written = trimmed(entry->value.value);
    for (std::string_view truth : {"true", "True", "TRUE"}) {
        if (written == truth) return true;
    }
    for (std::string_view falsehood : {"false", "False", "FALSE"}) {
        if (written == falsehood) return false;
    }
    error(Rule::wrong_type, path, entry->value.position,
          fmt::format("expected true or false, got {}", describe(entry->value)));
    return std::nullopt;
}

std::vector<Text> FieldReader::text_list(const YamlNode& mapping, const FieldSpec& spec,
                                         const std::string& parent_path) {
    const YamlEntry* entry = find(mapping, spec);
    const std::string path = field_path(parent_path, spec.key);
    if (!entry || !is_kind(*entry, YamlNode::Kind::sequence, spec, path, "a list")) return {};
    const std::vector<YamlNode>& items = entry->value.items;
    if (items.size() > spec.max_items) {
        error(Rule::too_many_entries, path, entry->value.position,
              fmt::format("too many entries: {}, the limit is {}", items.size(), spec.max_items));
    }
    std::vector<Text> texts;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (auto text = checked_text(items[i], items[i].position, spec, fmt::format("{}[{}]", path, i))) {
            texts.push_back(std::move(*text));
        }
    }
    return texts;
}

const YamlNode* FieldReader::mapping(const YamlNode& mapping, const FieldSpec& spec,
                                     const std::string& parent_path) {
    const YamlEntry* entry = find(mapping, spec);
    const std::string path = field_path(parent_path, spec.key);
    if (!entry || !is_kind(*entry, YamlNode::Kind::mapping, spec, path, "a mapping")) return nullptr;
    check_keys(entry->value, spec.fields, path, entry->key.position);
    return &entry->value;
}

std::vector<MappingItem> FieldReader::mapping_list(const YamlNode& mapping, const FieldSpec& spec,
                                                   const std::string& parent_path,
                                                   SourcePosition* list_position) {
    const YamlEntry* entry = find(mapping, spec);
    const std::string path = field_path(parent_path, spec.key);
    if (!entry) return {};
    if (list_position) *list_position = entry->key.position;
    if (!is_kind(*entry, YamlNode::Kind::sequence, spec, path, "a list")) return {};
    const std::vector<YamlNode>& items = entry->value.items;
    if (items.size() > spec.max_items) {
        error(Rule::too_many_entries, path, entry->value.position,
              fmt::format("too many entries: {}, the limit is {}", items.size(), spec.max_items));
    }
    std::vector<MappingItem> checked;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string item_path = fmt::format("{}[{}]", path, i);
        if (items[i].kind != YamlNode::Kind::mapping) {
            error(Rule::wrong_type, item_path, items[i].position,
                  fmt::format("expected a mapping, got {}", describe(items[i])));
            continue;
        }
        check_keys(items[i], spec.fields, item_path);
        checked.push_back(MappingItem{&items[i], item_path});
    }
    return checked;
}

}  // namespace brochure
