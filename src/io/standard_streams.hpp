#pragma once
// The standard streams as an input and an output: a profile piped in, a PDF piped out,
// so that brochure composes with other tools (`cat p.yaml | brochure render - -o - | …`).

#include <cstddef>
#include <string>

#include "io/files.hpp"

namespace brochure {

/// The path that stands for standard input (as a profile) or standard output (as `-o`).
inline constexpr const char* kStandardStreamPath = "-";

/// What diagnostics call a profile read from standard input.
inline constexpr const char* kStandardInputName = "<stdin>";

/// Reads standard input to its end, refusing more than `max_bytes`.
ReadResult read_standard_input(std::size_t max_bytes);

/// Writes `bytes` to standard output in full, retrying short writes; empty on success,
/// else why not (a closed pipe among them).
std::string write_standard_output(const std::string& bytes);

/// Whether standard output is a terminal, where a PDF would be noise.
bool standard_output_is_terminal();

}  // namespace brochure
