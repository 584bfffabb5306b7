#include "support/text.hpp"

#include <sstream>

namespace brochure::test {

std::string collapse_whitespace(std::string_view text) {
    std::string collapsed;
    bool pending_space = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (space) {
            pending_space = !collapsed.empty();
        } else {
            if (pending_space) collapsed += ' ';
            pending_space = false;
            collapsed += c;
        }
    }
    return collapsed;
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
