#pragma once
// A text split into lines once, so that finding a line, or turning a byte offset into a
// column counted in code points, costs the same on line 1 as on line 30,000 and on a
// line of a megabyte as on a short one.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace brochure {

/// A position in a source file, counted from 1. Line 0 means "no position known".
/// (Parsers count from 0; SourceLines::position_from_zero_based and the YAML reader add
/// 1, the only places that do.)
struct SourcePosition {
    int line = 0;
    int column = 0;  ///< in code points, so that a caret lines up under non-ASCII text

    bool operator==(const SourcePosition&) const = default;
};

class SourceLines {
public:
    /// Indexes `text`, which must outlive this object. Linear in its size.
    explicit SourceLines(std::string_view text);

    const std::string_view& text() const { return text_; }

    /// Number of lines: a text of n newlines has n + 1, the last possibly empty.
    std::size_t line_count() const { return line_starts_.size(); }

    /// Line `number` (from 1) without its line ending ("\n" or "\r\n"); nothing when the
    /// text has no such line, or the number names the empty line after a final newline.
    std::optional<std::string_view> line(int number) const;

    /// The position of the byte at 0-based `line` and 0-based byte `byte_column`; line 0
    /// when either is out of range. Constant time: continuation
    /// bytes are counted from a checkpoint every 64 bytes.
    SourcePosition position_from_zero_based(int line, int byte_column) const;

private:
    std::size_t code_points_before(std::size_t offset) const;

    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    std::vector<std::uint32_t> continuation_bytes_before_block_;  ///< every 64 bytes
};

}  // namespace brochure
