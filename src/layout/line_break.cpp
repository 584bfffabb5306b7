#include "layout/line_break.hpp"

#include "core/utf8.hpp"

namespace brochure {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

/// Splits a word too wide for a line into pieces that fit: each piece ends at the last
/// '/', '.' or '-' that keeps it within the width, or, failing that, at the last code
/// point that does. Every piece holds at least one code point.
std::vector<std::string_view> split_long_word(std::string_view word, FontFace face, double size_pt,
                                              double max_width_pt, const FontMetrics& metrics) {
    std::vector<std::string_view> pieces;
    while (!word.empty()) {
        std::size_t last_fit = 0;
        std::size_t last_break_fit = 0;
        std::size_t index = 0;
        while (index < word.size()) {
            const char c = word[index];
            next_code_point(word, index);
            if (metrics.text_width_pt(face, size_pt, word.substr(0, index)) > max_width_pt) break;
            last_fit = index;
            if (c == '/' || c == '.' || c == '-') last_break_fit = index;
        }
        if (last_fit == word.size()) {
            pieces.push_back(word);
            break;
        }
        std::size_t cut = last_break_fit > 0 ? last_break_fit : last_fit;
        if (cut == 0) {  // not even one character fits: take one anyway
            cut = 0;
            next_code_point(word, cut);
        }
        pieces.push_back(word.substr(0, cut));
        word.remove_prefix(cut);
    }
    return pieces;
}

}  // namespace

std::vector<BrokenLine> break_lines(std::string_view paragraph, FontFace face, double size_pt,
                                    double max_width_pt, const FontMetrics& metrics) {
    std::vector<BrokenLine> lines;
    std::string current;
    auto flush = [&] {
        if (current.empty()) return;
        lines.push_back({current, metrics.text_width_pt(face, size_pt, current)});
        current.clear();
    };
    for (std::string_view word : split_words(paragraph)) {
        const std::string candidate = current.empty() ? std::string(word) : current + ' ' + std::string(word);
        if (metrics.text_width_pt(face, size_pt, candidate) <= max_width_pt) {
            current = candidate;
            continue;
        }
        flush();
        if (metrics.text_width_pt(face, size_pt, word) <= max_width_pt) {
            current = std::string(word);
            continue;
        }
        const auto pieces = split_long_word(word, face, size_pt, max_width_pt, metrics);
        for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
            current = std::string(pieces[i]);
            flush();
        }
        current = std::string(pieces.back());
    }
    flush();
    return lines;
}

}  // namespace brochure
