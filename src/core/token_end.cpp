#include "core/token_end.hpp"

namespace brochure {

namespace {

bool is_continuation_byte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Byte offset of 1-based code point `column` in `line`; the line's size when past it.
std::size_t byte_of_column(std::string_view line, int column) {
    int seen = 0;
    for (std::size_t offset = 0; offset < line.size(); ++offset) {
        if (is_continuation_byte(line[offset])) continue;
        if (++seen == column) return offset;
    }
    return line.size();
}

int code_points_in(std::string_view text) {
    int count = 0;
    for (char byte : text) count += !is_continuation_byte(byte);
    return count;
}

// Bytes of the token at the start of `rest`.
std::size_t token_length(std::string_view rest) {
    if (rest.empty()) return 0;
    const char quote = rest.front();
    if (quote == '"' || quote == '\'') {
        for (std::size_t i = 1; i < rest.size(); ++i) {
            if (quote == '"' && rest[i] == '\\') {
                ++i;  // an escaped character, the quote among them
            } else if (rest[i] == quote) {
                if (quote == '\'' && i + 1 < rest.size() && rest[i + 1] == '\'') ++i;  // '' is one quote
                else return i + 1;
            }
        }
        return rest.size();  // a quoted scalar that goes on to the next line
    }
    std::size_t end = rest.size();
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const bool before_blank = i + 1 == rest.size() || rest[i + 1] == ' ' || rest[i + 1] == '\t';
        if (rest[i] == ':' && before_blank) {
            end = i;  // a key ends at its colon
            break;
        }
        if (rest[i] == '#' && i > 0 && (rest[i - 1] == ' ' || rest[i - 1] == '\t')) {
            end = i;  // a comment
            break;
        }
    }
    while (end > 0 && (rest[end - 1] == ' ' || rest[end - 1] == '\t' || rest[end - 1] == '\r')) --end;
    return end;
}

}  // namespace

SourcePosition token_end(const SourceLines& source, SourcePosition start) {
    if (start.line <= 0 || start.column <= 0) return SourcePosition{};
    const auto line = source.line(start.line);
    if (!line) return start;
    const std::size_t from = byte_of_column(*line, start.column);
    const std::string_view token = line->substr(from, token_length(line->substr(from)));
    return SourcePosition{start.line, start.column + code_points_in(token)};
}

void set_token_ends(std::vector<Diagnostic>& diagnostics, std::string_view source_text) {
    const SourceLines source(source_text);
    for (Diagnostic& diagnostic : diagnostics) diagnostic.end = token_end(source, diagnostic.position);
}

}  // namespace brochure
