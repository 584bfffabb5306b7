#include "report/diagnostic_json.hpp"

namespace brochure {

nlohmann::ordered_json diagnostic_json(const Diagnostic& diagnostic) {
    const RuleInfo& rule = rule_info(diagnostic.rule);
    return nlohmann::ordered_json{
        {"file", diagnostic.file},
        {"line", diagnostic.position.line},
        {"column", diagnostic.position.column},
        {"end", {{"line", diagnostic.end.line}, {"column", diagnostic.end.column}}},
        {"severity", diagnostic.severity == Severity::error ? "error" : "warning"},
        {"code", rule.id},
        {"rule", rule.name},
        {"message", diagnostic.message},
        {"hints", diagnostic.hints},
        {"field", diagnostic.field.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(diagnostic.field)},
    };
}

std::string json_text(const nlohmann::ordered_json& value, bool indented) {
    return value.dump(indented ? 2 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string json_lines(const std::vector<Diagnostic>& diagnostics) {
    std::string lines;
    for (const Diagnostic& diagnostic : diagnostics) lines += json_text(diagnostic_json(diagnostic)) + "\n";
    return lines;
}

}  // namespace brochure
