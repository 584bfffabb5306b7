// schema/profile.schema.json must describe exactly the fields the loader knows: the
// same names, required sets, types and limits as the loader's field table.

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "model/profile_fields.hpp"
#include "model/yaml_tree.hpp"

using brochure::FieldKind;
using brochure::FieldSpec;
using brochure::YamlNode;

namespace {

// JSON is YAML: the loader's own YAML reader parses the schema.
YamlNode schema_root() {
    std::ifstream in(std::string(BROCHURE_SOURCE_DIR) + "/schema/profile.schema.json", std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // A schema nests deeper than a profile: root, properties, staff, properties,
    // breakdown, items, properties, label.
    brochure::YamlParse parse = brochure::parse_yaml_document(text, 12);
    REQUIRE_FALSE(parse.failure.has_value());
    REQUIRE(parse.root.has_value());
    return std::move(*parse.root);
}

const YamlNode* member(const YamlNode& object, std::string_view key) {
    for (const auto& entry : object.entries) {
        if (entry.key.value == key) return &entry.value;
    }
    return nullptr;
}

std::string scalar_member(const YamlNode& object, std::string_view key) {
    const YamlNode* node = member(object, key);
    return node && node->kind == YamlNode::Kind::scalar ? node->value : "";
}

std::string_view json_type(FieldKind kind) {
    switch (kind) {
        case FieldKind::text:
        case FieldKind::url:
        case FieldKind::color:
        case FieldKind::file: return "string";
        case FieldKind::whole_number: return "integer";
        case FieldKind::boolean: return "boolean";
        case FieldKind::mapping: return "object";
        case FieldKind::text_list:
        case FieldKind::mapping_list: return "array";
    }
    return "";
}

void check_string_limits(const YamlNode& schema, std::size_t max_length) {
    CHECK(scalar_member(schema, "type") == "string");
    CHECK(scalar_member(schema, "minLength") == "1");
    CHECK(scalar_member(schema, "maxLength") == std::to_string(max_length));
}

void check_object(const YamlNode& schema, std::span<const FieldSpec> fields, const std::string& path);

void check_field(const YamlNode& schema, const FieldSpec& spec, const std::string& path) {
    INFO(path);
    CHECK(scalar_member(schema, "type") == json_type(spec.kind));
    switch (spec.kind) {
        case FieldKind::text:
        case FieldKind::url:
        case FieldKind::color:
        case FieldKind::file: check_string_limits(schema, spec.max_length); break;
        case FieldKind::whole_number:
            CHECK(scalar_member(schema, "minimum") == std::to_string(spec.minimum));
            CHECK(scalar_member(schema, "maximum") == std::to_string(spec.maximum));
            break;
        case FieldKind::boolean: break;
        case FieldKind::mapping: check_object(schema, spec.fields, path); break;
        case FieldKind::text_list:
        case FieldKind::mapping_list: {
            CHECK(scalar_member(schema, "maxItems") == std::to_string(spec.max_items));
            const YamlNode* items = member(schema, "items");
            REQUIRE(items != nullptr);
            if (spec.kind == FieldKind::text_list) {
                check_string_limits(*items, spec.max_length);
            } else {
                check_object(*items, spec.fields, path + "[]");
            }
            break;
        }
    }
}

void check_object(const YamlNode& schema, std::span<const FieldSpec> fields, const std::string& path) {
    INFO(path);
    CHECK(scalar_member(schema, "type") == "object");
    CHECK(scalar_member(schema, "additionalProperties") == "false");

    std::set<std::string> known_names;
    std::set<std::string> known_required;
    for (const FieldSpec& spec : fields) {
        known_names.emplace(spec.key);
        if (spec.required) known_required.emplace(spec.key);
    }
    const YamlNode* properties = member(schema, "properties");
    REQUIRE(properties != nullptr);
    std::set<std::string> schema_names;
    for (const auto& entry : properties->entries) schema_names.insert(entry.key.value);
    CHECK(schema_names == known_names);

    std::set<std::string> schema_required;
    if (const YamlNode* required = member(schema, "required")) {
        for (const YamlNode& name : required->items) schema_required.insert(name.value);
    }
    CHECK(schema_required == known_required);

    for (const auto& entry : properties->entries) {
        if (!known_names.contains(entry.key.value)) continue;
        const std::string field = path.empty() ? entry.key.value : path + "." + entry.key.value;
        check_field(entry.value, brochure::field_spec(fields, entry.key.value), field);
    }
}

}  // namespace

TEST_CASE("the JSON schema matches the loader's field table", "[schema]") {
    const YamlNode root = schema_root();
    CHECK(scalar_member(root, "$schema") == "https://json-schema.org/draft/2020-12/schema");
    check_object(root, brochure::profile_fields(), "");
}

TEST_CASE("the field table has no repeated keys at any level", "[schema]") {
    const auto check_level = [](auto&& self, std::span<const FieldSpec> fields) -> void {
        std::set<std::string_view> seen;
        for (const FieldSpec& spec : fields) {
            CHECK(seen.insert(spec.key).second);
            self(self, spec.fields);
        }
    };
    check_level(check_level, brochure::profile_fields());
}
