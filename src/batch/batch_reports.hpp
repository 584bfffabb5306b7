#pragma once
// Machine-readable reports of a batch, for CI systems to show failures natively.

#include <string>
#include <vector>

#include "batch/run_batch.hpp"

namespace brochure {

/// A JSON document: a summary, then per profile its input, outputs, status, diagnostics
/// (as --diagnostics json writes them: file, line, column, end, severity, code, rule,
/// message, hints, field), bytes and milliseconds.
std::string json_report(const std::vector<BatchResult>& results, double seconds);

/// A JUnit XML document with one testcase per profile: failed profiles carry a <failure>
/// whose type is the first error's rule ("BRO103 unknown-field") and whose message is
/// that error with its position, holding their diagnostics as printed on the terminal;
/// skipped ones a <skipped/>.
std::string junit_report(const std::vector<BatchResult>& results, double seconds);

}  // namespace brochure
