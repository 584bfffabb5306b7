#pragma once
// Breaking a paragraph into lines that fit a width, on measured font widths: the total-fit
// (Knuth–Plass) algorithm over Unicode's break opportunities and hyphenation points, with
// justified or ragged-right lines.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "layout/font_metrics.hpp"
#include "layout/hyphenation.hpp"

namespace brochure {

/// How the lines of a paragraph are aligned.
enum class Alignment {
    ragged,     ///< flush left: every space keeps its natural width
    justified,  ///< every line but the last spread to fill the width exactly
};

class LineBreakMemory;

/// How a paragraph is set, besides its font.
struct ParagraphSettings {
    Alignment alignment = Alignment::ragged;
    std::string lang = "en";                 ///< BCP 47 tag: selects the language's break rules
    const Hyphenator* hyphenator = nullptr;  ///< not owned; null: words are never hyphenated
    LineBreakMemory* memory = nullptr;       ///< not owned; null: every paragraph is broken anew
};

/// A word of a line at its distance from the line's left edge.
struct PlacedWord {
    std::string text;      ///< UTF-8, no spaces around it; ends with "-" when hyphenated here
    double offset_pt = 0;  ///< from the line's left edge to the word's first glyph
    double width_pt = 0;   ///< measured width of `text`
};

/// One line of a broken paragraph.
struct BrokenLine {
    std::string text;        ///< UTF-8, single spaces between words, no leading or trailing space
    double width_pt = 0;     ///< measured width of `text` (natural spaces)
    bool justified = false;  ///< spaces are stretched or shrunk: set each word at its offset
    std::vector<PlacedWord> words;  ///< the line's words, at justified or natural offsets
};

/// Breaks `paragraph` into lines no wider than `max_width_pt` when set in `face` at
/// `size_pt`. Runs of whitespace count as one space. Breaks go where Unicode's rules for
/// the language allow (spaces, after a hyphen or a slash) and, with a hyphenator, at
/// hyphenation points, choosing the set of breaks that makes all lines together the most
/// even. Justified lines stretch their spaces by up to half a space and shrink them by up
/// to a third, never below 0.2 em; the last line stays ragged. A word wider than the whole
/// line is cut after a '/', '.' or '-' where possible, else between characters, so nothing
/// overflows. An empty paragraph gives no lines.
/// With `settings.memory`, a paragraph it holds for the same font, size, width and
/// settings is taken from it, and one it does not is kept in it.
std::vector<BrokenLine> break_lines(std::string_view paragraph, FontFace face, double size_pt, double max_width_pt,
                                    const FontMetrics& metrics, const ParagraphSettings& settings = {});

/// The lines of the paragraphs broken during one layout, by everything break_lines reads
/// but the metrics, which must be the same for all: a layout tries page counts and column
/// heights, and sets many paragraphs again at the widths they had (a NATO brochure broke
/// 99 paragraphs, 58 of them different).
class LineBreakMemory {
public:
    const std::vector<BrokenLine>* find(const std::string& key) const;
    void keep(std::string key, std::vector<BrokenLine> lines);
    std::size_t size() const { return lines_.size(); }  ///< paragraphs held

private:
    std::map<std::string, std::vector<BrokenLine>> lines_;
};

}  // namespace brochure
