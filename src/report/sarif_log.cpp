#include "report/sarif_log.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/diagnostic_json.hpp"

namespace brochure {

namespace {

using json = nlohmann::ordered_json;

const char* level_of(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

json rules_json() {
    json rules = json::array();
    for (const RuleInfo& rule : all_rules()) {
        rules.push_back({{"id", rule.id},
                         {"name", rule.name},
                         {"shortDescription", {{"text", rule.summary}}},
                         {"help", {{"text", fmt::format("docs/profile.md lists {} among the diagnostics", rule.id)}}}});
    }
    return rules;
}

std::size_t rule_index(Rule rule) {
    const auto rules = all_rules();
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].rule == rule) return i;
    return 0;  // every rule is in the table: rule_info throws otherwise
}

json location_json(const Diagnostic& diagnostic) {
    json physical = {{"artifactLocation", {{"uri", uri_of_path(diagnostic.file)}}}};
    if (diagnostic.position.line > 0) {
        json region = {{"startLine", diagnostic.position.line}};
        if (diagnostic.position.column > 0) region["startColumn"] = diagnostic.position.column;
        if (diagnostic.end.line >= diagnostic.position.line && diagnostic.end.column > diagnostic.position.column) {
            region["endLine"] = diagnostic.end.line;
            region["endColumn"] = diagnostic.end.column;
        }
        physical["region"] = region;
    }
    json location = {{"physicalLocation", physical}};
    if (!diagnostic.field.empty())
        location["logicalLocations"] = json::array({{{"fullyQualifiedName", diagnostic.field}, {"kind", "member"}}});
    return location;
}

json result_json(const Diagnostic& diagnostic) {
    const RuleInfo& rule = rule_info(diagnostic.rule);
    std::string text = diagnostic.message;
    for (const std::string& hint : diagnostic.hints) text += "\nhint: " + hint;
    return {{"ruleId", rule.id},
            {"ruleIndex", rule_index(diagnostic.rule)},
            {"level", level_of(diagnostic.severity)},
            {"message", {{"text", text}}},
            {"locations", json::array({location_json(diagnostic)})}};
}

}  // namespace

std::string uri_of_path(const std::string& path) {
    std::string uri = path.starts_with('/') ? "file://" : "";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                                (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        uri += unreserved ? std::string(1, c) : fmt::format("%{:02X}", byte);
    }
    return uri;
}

std::string sarif_log(const std::vector<Diagnostic>& diagnostics, const std::string& tool_version) {
    json results = json::array();
    for (const Diagnostic& diagnostic : diagnostics) results.push_back(result_json(diagnostic));
    const json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::array({{{"tool", {{"driver", {{"name", "brochure"}, {"version", tool_version}, {"rules", rules_json()}}}}},
                               {"columnKind", "unicodeCodePoints"},
                               {"results", results}}})},
    };
    return json_text(log, true) + "\n";
}

}  // namespace brochure
