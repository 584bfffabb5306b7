#include "model/yaml_tree.hpp"

#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace brochure {

namespace {

// Builds YamlNodes from yaml-cpp's parse events, noting what a profile refuses.
class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const SourceLines& lines, int max_depth) : lines_(lines), max_depth_(max_depth) {}

    std::optional<YamlNode> root;
    std::optional<Finding> anchor;    ///< the first anchor or alias
    std::optional<Finding> too_deep;  ///< the first collection nested too deep

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        add(YamlNode{YamlNode::Kind::null, position(mark), {}, {}, {}});
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        note_anchor(mark, "alias");
        add(YamlNode{YamlNode::Kind::null, position(mark), {}, {}, {}});
    }
    void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
        note_anchor(mark, fmt::format("anchor '&{}'", name));
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string& value) override {
        add(YamlNode{YamlNode::Kind::scalar, position(mark), value, {}, {}});
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(YamlNode::Kind::sequence, mark);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(YamlNode::Kind::mapping, mark);
    }
    void OnMapEnd() override { close(); }

private:
    // An open collection, with the key that waits for its value when it is a mapping.
    struct Frame {
        YamlNode node;
        std::optional<YamlNode> pending_key;
    };

    SourcePosition position(const YAML::Mark& mark) const {
        return lines_.position_from_zero_based(mark.line, mark.column);
    }

    void note_anchor(const YAML::Mark& mark, const std::string& what) {
        if (anchor) return;
        anchor = Finding{position(mark),
                         fmt::format("YAML anchors and aliases are not supported (found {})", what),
                         {"write each value out in full"}};
    }

    void open(YamlNode::Kind kind, const YAML::Mark& mark) {
        if (static_cast<int>(stack_.size()) + 1 > max_depth_ && !too_deep) {
            too_deep = Finding{position(mark),
                               fmt::format("lists and mappings nested deeper than {} levels; a "
                                           "profile needs at most 4",
                                           max_depth_),
                               {}};
        }
        stack_.push_back(Frame{YamlNode{kind, position(mark), {}, {}, {}}, std::nullopt});
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

    const SourceLines& lines_;
    int max_depth_;
    std::vector<Frame> stack_;
};

// Notes only where the next document starts.
class DocumentStartRecorder : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> start;

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (!start) start = mark;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

bool starts_with_document_marker(std::string_view text, SourcePosition position) {
    std::size_t start = 0;
    for (int line = 1; line < position.line && start != std::string_view::npos; ++line) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos) return false;
    const std::string_view rest = text.substr(start);
    return rest.starts_with("---") || rest.starts_with("...");
}

Finding second_document_finding(std::string_view text, SourcePosition position) {
    if (position.line > 0 && starts_with_document_marker(text, position)) {
        return Finding{position, "a second YAML document starts here; a profile is a single document",
                       {"remove this marker line and what follows, or merge the two documents"}};
    }
    return Finding{position, "unexpected content after the end of the YAML document", {}};
}

// yaml-cpp's terse messages, explained for the mistakes people make in a profile.
std::vector<std::string> syntax_error_hints(const std::string& message) {
    if (message == YAML::ErrorMsg::MAP_VALUE) {
        return {"text that contains \": \" must be put in quotes"};
    }
    return {};
}

}  // namespace

YamlParse parse_yaml_document(std::string_view text, int max_nesting_depth) {
    const SourceLines lines(text);
    TreeBuilder builder(lines, max_nesting_depth);
    YamlParse result;
    // yaml-cpp's parser reads from a stream; the copy is bounded by the file-size limit.
    std::istringstream stream{std::string(text)};
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        // Exactly one more call, never a loop: on some inputs (",") yaml-cpp's parser
        // produces documents without consuming anything, which is why LoadAll hangs.
        if (parser && !builder.too_deep && !builder.anchor) {
            DocumentStartRecorder recorder;
            parser.HandleNextDocument(recorder);
            const SourcePosition where =
                recorder.start ? lines.position_from_zero_based(recorder.start->line,
                                                                recorder.start->column)
                               : SourcePosition{};
            result.failure = second_document_finding(text, where);
        }
    } catch (const YAML::Exception& error) {
        // yaml-cpp gives up with "bad file" at depth 500; the builder saw it first.
        if (!builder.too_deep && !builder.anchor) {
            result.failure = Finding{lines.position_from_zero_based(error.mark.line, error.mark.column),
                                     fmt::format("invalid YAML: {}", error.msg),
                                     syntax_error_hints(error.msg)};
        }
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
