#include "core/source_lines.hpp"

#include <algorithm>

namespace brochure {

namespace {

constexpr std::size_t kBlockBytes = 64;

bool is_continuation_byte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

SourceLines::SourceLines(std::string_view text) : text_(text) {
    // Block by block, and the line ends apart, so that both loops are the simple kind a
    // compiler vectorises and memchr runs: every profile is indexed, once or twice.
    continuation_bytes_before_block_.reserve(text.size() / kBlockBytes + 2);
    std::uint32_t continuation_bytes = 0;
    for (std::size_t block = 0; block < text.size(); block += kBlockBytes) {
        continuation_bytes_before_block_.push_back(continuation_bytes);
        const std::size_t end = std::min(text.size(), block + kBlockBytes);
        for (std::size_t i = block; i < end; ++i) continuation_bytes += is_continuation_byte(text[i]) ? 1 : 0;
    }
    continuation_bytes_before_block_.push_back(continuation_bytes);
    line_starts_.push_back(0);
    for (std::size_t end = text.find('\n'); end != std::string_view::npos; end = text.find('\n', end + 1))
        line_starts_.push_back(end + 1);
}

std::size_t SourceLines::code_points_before(std::size_t offset) const {
    const std::size_t block = offset / kBlockBytes;
    std::size_t continuation_bytes = continuation_bytes_before_block_[block];
    for (std::size_t i = block * kBlockBytes; i < offset; ++i) continuation_bytes += is_continuation_byte(text_[i]);
    return offset - continuation_bytes;
}

std::optional<std::string_view> SourceLines::line(int number) const {
    if (number < 1 || static_cast<std::size_t>(number) > line_starts_.size() || text_.empty()) return std::nullopt;
    const std::size_t start = line_starts_[static_cast<std::size_t>(number) - 1];
    if (start == text_.size() && number > 1) return std::nullopt;
    std::string_view line = text_.substr(start);
    line = line.substr(0, line.find('\n'));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

SourcePosition SourceLines::position_from_zero_based(int line, int byte_column) const {
    if (line < 0 || byte_column < 0 || static_cast<std::size_t>(line) >= line_starts_.size()) return {};
    const std::size_t start = line_starts_[static_cast<std::size_t>(line)];
    const std::size_t offset = std::min(start + static_cast<std::size_t>(byte_column), text_.size());
    // The one place where positions become 1-based.
    return {line + 1, static_cast<int>(code_points_before(offset) - code_points_before(start)) + 1};
}

}  // namespace brochure
