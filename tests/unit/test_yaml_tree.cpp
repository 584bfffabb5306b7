// The YAML reader: what becomes a node of which kind, where each node is said to start,
// and what it refuses.

#include <catch2/catch.hpp>

#include <string>

#include "model/yaml_tree.hpp"

using namespace brochure;

namespace {

const YamlNode& value_of(const YamlNode& mapping, const std::string& key) {
    for (const YamlEntry& entry : mapping.entries)
        if (entry.key.value == key) return entry.value;
    FAIL("no key " << key);
    throw;
}

}  // namespace

TEST_CASE("plain nothing, tilde and null are null, and quoted or tagged they are text", "[yaml]") {
    const YamlParse parse = parse_yaml_document(
        "empty:\ntilde: ~\nlower: null\ntitle: Null\nupper: NULL\nquoted: 'null'\ntagged: !!str null\n"
        "mixed: nUll\n");
    REQUIRE(parse.root);
    REQUIRE_FALSE(parse.failure);
    for (const char* key : {"empty", "tilde", "lower", "title", "upper"})
        CHECK(value_of(*parse.root, key).kind == YamlNode::Kind::null);
    for (const char* key : {"quoted", "tagged", "mixed"}) {
        INFO(key);
        CHECK(value_of(*parse.root, key).kind == YamlNode::Kind::scalar);
    }
    CHECK(value_of(*parse.root, "quoted").value == "null");
    CHECK(value_of(*parse.root, "mixed").value == "nUll");
}

TEST_CASE("nodes start where their text does, columns counted in characters", "[yaml]") {
    const YamlParse parse = parse_yaml_document("name: Café\nplaces:\n  - Zürich\n  - Genève: HQ\nnote: \"é x\"\n");
    REQUIRE(parse.root);
    CHECK(parse.root->position == SourcePosition{1, 1});
    CHECK(value_of(*parse.root, "name").position == SourcePosition{1, 7});
    const YamlNode& places = value_of(*parse.root, "places");
    REQUIRE(places.items.size() == 2);
    CHECK(places.items[0].position == SourcePosition{3, 5});
    CHECK(places.items[1].kind == YamlNode::Kind::mapping);
    CHECK(places.items[1].entries.at(0).value.position == SourcePosition{4, 13});
    CHECK(value_of(*parse.root, "note").value == "é x");

    const YamlParse wrong = parse_yaml_document("name: Café: bar\n");
    REQUIRE(wrong.failure);
    CHECK(wrong.failure->position == SourcePosition{1, 11});
}

TEST_CASE("every mapping entry is kept in order, duplicates included", "[yaml]") {
    const YamlParse parse = parse_yaml_document("a: 1\nb: 2\na: 3\n");
    REQUIRE(parse.root);
    REQUIRE(parse.root->entries.size() == 3);
    CHECK(parse.root->entries[0].value.value == "1");
    CHECK(parse.root->entries[2].key.value == "a");
    CHECK(parse.root->entries[2].value.value == "3");
    CHECK(parse.root->entries[2].key.position == SourcePosition{3, 1});
}

TEST_CASE("syntax errors say where and what, with a hint for the usual mistakes", "[yaml]") {
    const YamlParse colon = parse_yaml_document("name: Example\ntagline: Examples: since 1990\n");
    REQUIRE(colon.failure);
    CHECK_FALSE(colon.root);
    CHECK(colon.failure->position == SourcePosition{2, 18});
    CHECK(colon.failure->message == "invalid YAML: mapping values are not allowed in this context");
    REQUIRE(colon.failure->hints.size() == 1);
    CHECK(colon.failure->hints[0].find("quotes") != std::string::npos);

    // An open quotation is reported where the text ends, with the line it began on.
    const YamlParse open = parse_yaml_document("name: 'Example\ntagline: more\n");
    REQUIRE(open.failure);
    CHECK(open.failure->position.line == 3);
    CHECK(open.failure->message.find("starts on line 1") != std::string::npos);
}

TEST_CASE("anchors, aliases, deep nesting and a second document are refused where they are", "[yaml]") {
    const YamlParse anchor = parse_yaml_document("a: 1\nb: &x 2\nc: *x\n");
    REQUIRE(anchor.failure);
    CHECK(anchor.failure->position == SourcePosition{2, 4});
    CHECK(anchor.failure->message.find("'&x'") != std::string::npos);

    const YamlParse alias = parse_yaml_document("a: 1\nc: *x\n");
    REQUIRE(alias.failure);
    CHECK(alias.failure->position == SourcePosition{2, 4});
    CHECK(alias.failure->message.find("alias") != std::string::npos);

    // The third level is the first one too deep for a limit of 2; what follows is never read.
    const YamlParse deep = parse_yaml_document("a: [[1]]\nb: ]]]] broken", 2);
    REQUIRE(deep.failure);
    CHECK(deep.failure->position == SourcePosition{1, 5});
    CHECK(deep.failure->message.find("deeper than 2") != std::string::npos);
    CHECK(parse_yaml_document("a: [[1]]\n", 3).root);

    const YamlParse two = parse_yaml_document("a: 1\n---\nb: 2\n");
    REQUIRE(two.failure);
    CHECK(two.failure->position == SourcePosition{2, 1});
    CHECK(two.failure->message.find("second YAML document") != std::string::npos);
}

TEST_CASE("a text without a document has no root and no failure", "[yaml]") {
    for (const char* text : {"", "# only a comment\n", "\n\n"}) {
        INFO(text);
        const YamlParse parse = parse_yaml_document(text);
        CHECK_FALSE(parse.root);
        CHECK_FALSE(parse.failure);
    }
}
