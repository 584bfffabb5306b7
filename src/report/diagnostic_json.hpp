#pragma once
// Diagnostics as JSON objects, for tools that read them rather than people.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"

namespace brochure {

/// {"file", "line", "column", "end": {"line", "column"}, "severity", "code", "rule",
/// "message", "hints", "field"}; line and column are 0 when unknown, field null when the
/// diagnostic is about no one field. Columns count code points, from 1.
nlohmann::ordered_json diagnostic_json(const Diagnostic& diagnostic);

/// `value` as compact or indented JSON text; invalid UTF-8 in any string (a message
/// quoting a broken profile) is written as U+FFFD rather than refused.
std::string json_text(const nlohmann::ordered_json& value, bool indented = false);

/// One diagnostic_json object per line (JSON Lines), each line ending in a newline.
std::string json_lines(const std::vector<Diagnostic>& diagnostics);

}  // namespace brochure
