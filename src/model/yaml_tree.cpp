#include "model/yaml_tree.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>
#include <yaml.h>

namespace brochure {

namespace {

// libyaml's pull parser over `text` (which must outlive it), and the event it last gave.
class EventReader {
public:
    explicit EventReader(std::string_view text) {
        ready_ = yaml_parser_initialize(&parser_) == 1;
        if (!ready_) return;
        yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
        yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);  // checked as UTF-8 already
    }
    ~EventReader() {
        release();
        if (ready_) yaml_parser_delete(&parser_);
    }
    EventReader(const EventReader&) = delete;
    EventReader& operator=(const EventReader&) = delete;

    /// The next event; false on a syntax error (or when the parser could not be made).
    bool next() {
        release();
        holds_event_ = ready_ && yaml_parser_parse(&parser_, &event_) == 1;
        return holds_event_;
    }
    const yaml_event_t& event() const { return event_; }
    const yaml_parser_t& parser() const { return parser_; }

private:
    void release() {
        if (holds_event_) yaml_event_delete(&event_);
        holds_event_ = false;
    }

    yaml_parser_t parser_{};
    yaml_event_t event_{};
    bool ready_ = false;
    bool holds_event_ = false;
};

// libyaml counts lines and columns from 0, and columns in characters.
SourcePosition position(const yaml_mark_t& mark) {
    return {static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

std::string_view text_of(const yaml_char_t* text) {
    return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

// The plain scalars YAML 1.2's core schema reads as null: nothing, ~ and null's three
// spellings. Quoted or tagged, they are text.
bool is_null(const yaml_event_t& scalar) {
    static constexpr std::array<std::string_view, 5> kNulls{"", "~", "null", "Null", "NULL"};
    const auto& data = scalar.data.scalar;
    if (data.style != YAML_PLAIN_SCALAR_STYLE || !data.plain_implicit) return false;
    const std::string_view value(reinterpret_cast<const char*>(data.value), data.length);
    for (const std::string_view null : kNulls)
        if (value == null) return true;
    return false;
}

// Builds YamlNodes from libyaml's events, noting what a profile refuses.
class TreeBuilder {
public:
    TreeBuilder(int max_depth) : max_depth_(max_depth) {}

    std::optional<YamlNode> root;
    std::optional<Finding> anchor;    ///< the first anchor or alias
    std::optional<Finding> too_deep;  ///< the first collection nested too deep

    void on_event(const yaml_event_t& event) {
        const SourcePosition where = position(event.start_mark);
        switch (event.type) {
            case YAML_ALIAS_EVENT:
                note_anchor(where, "alias");
                add(YamlNode{YamlNode::Kind::null, where, {}, {}, {}});
                break;
            case YAML_SCALAR_EVENT: {
                note_anchor_name(where, event.data.scalar.anchor);
                const auto& data = event.data.scalar;
                if (is_null(event))
                    add(YamlNode{YamlNode::Kind::null, where, {}, {}, {}});
                else
                    add(YamlNode{YamlNode::Kind::scalar, where,
                                 std::string(reinterpret_cast<const char*>(data.value), data.length), {}, {}});
                break;
            }
            case YAML_SEQUENCE_START_EVENT:
                note_anchor_name(where, event.data.sequence_start.anchor);
                open(YamlNode::Kind::sequence, where);
                break;
            case YAML_MAPPING_START_EVENT:
                note_anchor_name(where, event.data.mapping_start.anchor);
                open(YamlNode::Kind::mapping, where);
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                close();
                break;
            default:  // the stream's and the document's start and end
                break;
        }
    }

private:
    // An open collection, with the key that waits for its value when it is a mapping.
    struct Frame {
        YamlNode node;
        std::optional<YamlNode> pending_key;
    };

    void note_anchor_name(SourcePosition where, const yaml_char_t* name) {
        if (name) note_anchor(where, fmt::format("anchor '&{}'", text_of(name)));
    }

    void note_anchor(SourcePosition where, const std::string& what) {
        if (anchor) return;
        anchor = Finding{where, fmt::format("YAML anchors and aliases are not supported (found {})", what),
                         {"write each value out in full"}};
    }

    void open(YamlNode::Kind kind, SourcePosition where) {
        if (static_cast<int>(stack_.size()) + 1 > max_depth_ && !too_deep) {
            too_deep = Finding{where,
                               fmt::format("lists and mappings nested deeper than {} levels; a "
                                           "profile needs at most 4",
                                           max_depth_),
                               {}};
        }
        stack_.push_back(Frame{YamlNode{kind, where, {}, {}, {}}, std::nullopt});
    }

    void close() {
        YamlNode finished = std::move(stack_.back().node);
        stack_.pop_back();
        add(std::move(finished));
    }

    void add(YamlNode node) {
        if (stack_.empty()) {
            root = std::move(node);
            return;
        }
        Frame& parent = stack_.back();
        if (parent.node.kind == YamlNode::Kind::sequence) {
            parent.node.items.push_back(std::move(node));
        } else if (!parent.pending_key) {
            parent.pending_key = std::move(node);
        } else {
            parent.node.entries.push_back(YamlEntry{std::move(*parent.pending_key), std::move(node)});
            parent.pending_key.reset();
        }
    }

    int max_depth_;
    std::vector<Frame> stack_;
};

Finding second_document_finding(SourcePosition position) {
    return Finding{position, "a second YAML document starts here; a profile is a single document",
                   {"remove this marker line and what follows, or merge the two documents"}};
}

// libyaml's terse messages, explained for the mistakes people make in a profile.
std::vector<std::string> syntax_error_hints(std::string_view problem) {
    if (problem == "mapping values are not allowed in this context")
        return {"text that contains \": \" must be put in quotes"};
    if (problem == "found character that cannot start any token")
        return {"text that starts with @ or ` must be put in quotes"};
    if (problem == "did not find expected node content") return {"text that starts with , ] or } must be put in quotes"};
    return {};
}

Finding syntax_error(const yaml_parser_t& parser) {
    if (parser.error == YAML_MEMORY_ERROR) return Finding{{}, "reading the YAML: out of memory", {}};
    const std::string_view problem = text_of(reinterpret_cast<const yaml_char_t*>(parser.problem));
    const std::string_view context = text_of(reinterpret_cast<const yaml_char_t*>(parser.context));
    // The reader's errors (bad bytes) have no mark; the scanner's and parser's do.
    const yaml_mark_t& mark = parser.error == YAML_READER_ERROR ? parser.mark : parser.problem_mark;
    // What was being read is worth saying when it began on an earlier line: a quotation
    // or a list left open.
    const bool earlier = !context.empty() && parser.context_mark.line < mark.line;
    return Finding{position(mark),
                   earlier ? fmt::format("invalid YAML: {} ({} that starts on line {})", problem, context,
                                         parser.context_mark.line + 1)
                           : fmt::format("invalid YAML: {}", problem),
                   syntax_error_hints(problem)};
}

}  // namespace

YamlParse parse_yaml_document(std::string_view text, int max_nesting_depth) {
    TreeBuilder builder(max_nesting_depth);
    YamlParse result;
    EventReader reader(text);
    bool document_seen = false;
    // libyaml parses without recursion, so nothing is read past a collection nested too deep.
    while (!builder.too_deep) {
        if (!reader.next()) {
            result.failure = syntax_error(reader.parser());
            break;
        }
        const yaml_event_t& event = reader.event();
        if (event.type == YAML_STREAM_END_EVENT) break;
        if (event.type == YAML_DOCUMENT_START_EVENT) {
            if (document_seen) {
                result.failure = second_document_finding(position(event.start_mark));
                break;
            }
            document_seen = true;
        }
        builder.on_event(event);
    }
    if (builder.too_deep) {
        result.failure = builder.too_deep;
    } else if (builder.anchor && !result.failure) {
        result.failure = builder.anchor;
    }
    if (!result.failure) result.root = std::move(builder.root);
    return result;
}

}  // namespace brochure
