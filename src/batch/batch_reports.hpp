#pragma once
// Machine-readable reports of a batch, for CI systems to show failures natively.

#include <string>
#include <vector>

#include "batch/run_batch.hpp"

namespace brochure {

/// A JSON document: a summary, then per profile its input, outputs, status, diagnostics
/// (file, line, column, severity, message, hints), bytes and milliseconds.
std::string json_report(const std::vector<BatchResult>& results, double seconds);

/// A JUnit XML document with one testcase per profile: failed profiles carry a <failure>
/// holding their diagnostics as printed on the terminal; skipped ones a <skipped/>.
std::string junit_report(const std::vector<BatchResult>& results, double seconds);

}  // namespace brochure
