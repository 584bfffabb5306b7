#pragma once
// The profile's raw text before YAML sees it: encoding checks, and turning the parser's
// 0-based byte positions into the 1-based character positions diagnostics show.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace brochure {

/// One problem found while reading the text, not yet tied to a file name.
struct Finding {
    SourcePosition position;
    std::string message;
    std::vector<std::string> hints;
};

/// Finds the first of the problems YAML parsing reports badly or not at all: UTF-16, a
/// NUL byte, invalid UTF-8 (at its first bad byte), a tab in a line's indentation. Nothing when
/// the text is clean.
std::optional<Finding> check_source_text(std::string_view text);

/// Where each line of a text starts, to convert byte positions into character positions.
/// Keeps a view of `text`, which must outlive it.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    /// The 1-based position of the byte at 0-based `line` and 0-based byte `column`, its
    /// column counted in UTF-8 code points. Negative inputs (no position) give line 0.
    SourcePosition position_from_zero_based(int line, int byte_column) const;

private:
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace brochure
