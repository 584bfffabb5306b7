#include "support/text.hpp"

#include <sstream>

namespace brochure::test {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_break(char c) { return c == '\n' || c == '\r' || c == '\f'; }

// Whether `needle` from `j` on matches `text` from `i` on, trying every reading of the
// line breaks met on the way. Branches die at the first differing character, so the
// search stays linear in practice.
bool matches_at(std::string_view text, std::size_t i, std::string_view needle, std::size_t j) {
    while (j < needle.size()) {
        if (i >= text.size()) return false;
        if (text[i] == '\n') {
            if (needle[j] == ' ' && matches_at(text, i + 1, needle, j + 1)) return true;
            ++i;  // nothing: the line broke inside a word
            continue;
        }
        const bool ends_word_part = i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n';
        if (ends_word_part && text[i] == '-' && i + 1 < text.size() && text[i + 1] == '\n' &&
            matches_at(text, i + 2, needle, j)) {
            return true;  // a hyphen the line breaker added inside a word
        }
        if (text[i] != needle[j]) return false;
        ++i;
        ++j;
    }
    return true;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
    std::string collapsed;
    bool pending_space = false;
    for (char c : text) {
        if (is_space(c)) {
            pending_space = !collapsed.empty();
        } else {
            if (pending_space) collapsed += ' ';
            pending_space = false;
            collapsed += c;
        }
    }
    return collapsed;
}

std::string collapse_keeping_line_breaks(std::string_view text) {
    std::string collapsed;
    char pending = '\0';  // the separator owed before the next character, if any
    for (char c : text) {
        if (is_space(c)) {
            if (!collapsed.empty() && pending != '\n') pending = is_break(c) ? '\n' : ' ';
        } else {
            if (pending != '\0') collapsed += pending;
            pending = '\0';
            collapsed += c;
        }
    }
    return collapsed;
}

bool contains_across_line_breaks(std::string_view extracted, std::string_view needle) {
    const std::string wanted = collapse_whitespace(needle);
    if (wanted.empty()) return true;
    for (std::size_t start = 0; start < extracted.size(); ++start) {
        if (matches_at(extracted, start, wanted, 0)) return true;
    }
    return false;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

}  // namespace brochure::test
