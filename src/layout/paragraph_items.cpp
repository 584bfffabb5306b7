#include "layout/paragraph_items.hpp"

#include <algorithm>
#include <map>

#include "core/utf8.hpp"
#include "core/unicode_text.hpp"

namespace brochure {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string normalise_spaces(std::string_view paragraph) {
    std::string text;
    bool pending_space = false;
    for (char c : paragraph) {
        if (is_space(c)) {
            pending_space = !text.empty();
            continue;
        }
        if (pending_space) text += ' ';
        pending_space = false;
        text += c;
    }
    return text;
}

/// Why a word may break at a given offset.
enum class CutKind { unicode, explicit_hyphen, hyphenation, forced };

/// Cuts `piece` (too wide for the line) into pieces that fit, as the old greedy breaker
/// did: each ends at the last '/', '.' or '-' that keeps it within the width, else at the
/// last code point that does, and holds at least one code point. Returns the cut offsets.
std::vector<std::size_t> emergency_cuts(std::string_view piece, FontFace face, double size_pt, double line_width_pt,
                                        const FontMetrics& metrics) {
    std::vector<std::size_t> cuts;
    std::size_t start = 0;
    while (metrics.text_width_pt(face, size_pt, piece.substr(start)) > line_width_pt) {
        std::size_t last_fit = start;
        std::size_t last_mark_fit = start;
        for (std::size_t index = start; index < piece.size();) {
            const char c = piece[index];
            next_code_point(piece, index);
            if (metrics.text_width_pt(face, size_pt, piece.substr(start, index - start)) > line_width_pt) break;
            last_fit = index;
            if (c == '/' || c == '.' || c == '-') last_mark_fit = index;
        }
        std::size_t cut = last_mark_fit > start ? last_mark_fit : last_fit;
        if (cut == start) next_code_point(piece, cut);  // not one character fits: take one anyway
        if (cut >= piece.size()) break;
        cuts.push_back(cut);
        start = cut;
    }
    return cuts;
}

class ItemBuilder {
public:
    ItemBuilder(FontFace face, double size_pt, double line_width_pt, const FontMetrics& metrics,
                ParagraphItems& result)
        : face_(face), size_pt_(size_pt), line_width_pt_(line_width_pt), metrics_(metrics), result_(result) {
        const double space_pt = metrics.text_width_pt(face, size_pt, " ");
        const double min_space_pt = 0.2 * size_pt;  // below this, pdftotext no longer sees a space
        space_ = ParagraphItem{ParagraphItem::Kind::glue, 0, 0, space_pt, space_pt / 2,
                               std::clamp(space_pt - min_space_pt, 0.0, space_pt / 3)};
        hyphen_pt_ = metrics.text_width_pt(face, size_pt, "-");
    }

    void add_space(bool breakable) {
        if (!breakable) add_penalty(kInfinitePenalty, false, 0);
        result_.items.push_back(space_);
    }

    /// Adds the word at [begin, end) of the text, cut at `cuts` (offsets into the text).
    void add_word(std::size_t begin, std::size_t end, const std::map<std::size_t, CutKind>& cuts) {
        std::size_t piece_begin = begin;
        for (const auto& [offset, kind] : cuts) {
            add_piece(piece_begin, offset);
            switch (kind) {
                case CutKind::unicode: add_penalty(0, false, 0); break;
                case CutKind::explicit_hyphen: add_penalty(kHyphenPenalty, true, 0); break;
                case CutKind::hyphenation: add_penalty(kHyphenPenalty, true, hyphen_pt_); break;
                case CutKind::forced: add_penalty(-kInfinitePenalty, false, 0); break;
            }
            piece_begin = offset;
        }
        add_piece(piece_begin, end);
    }

    void finish() { add_penalty(-kInfinitePenalty, false, 0); }

private:
    void add_piece(std::size_t begin, std::size_t end) {
        const std::string_view piece = std::string_view(result_.text).substr(begin, end - begin);
        std::size_t piece_begin = 0;
        for (std::size_t cut : emergency_cuts(piece, face_, size_pt_, line_width_pt_, metrics_)) {
            add_box(begin + piece_begin, begin + cut);
            add_penalty(0, false, 0);
            result_.has_emergency_cuts = true;
            piece_begin = cut;
        }
        add_box(begin + piece_begin, end);
    }

    void add_box(std::size_t begin, std::size_t end) {
        const std::string_view text = std::string_view(result_.text).substr(begin, end - begin);
        result_.items.push_back(
            ParagraphItem{ParagraphItem::Kind::box, begin, end, metrics_.text_width_pt(face_, size_pt_, text)});
    }

    void add_penalty(double penalty, bool flagged, double width_pt) {
        ParagraphItem item{ParagraphItem::Kind::penalty};
        item.width_pt = width_pt;
        item.penalty = penalty;
        item.flagged = flagged;
        result_.items.push_back(item);
    }

    FontFace face_;
    double size_pt_;
    double line_width_pt_;
    const FontMetrics& metrics_;
    ParagraphItems& result_;
    ParagraphItem space_;
    double hyphen_pt_ = 0;
};

}  // namespace

ParagraphItems paragraph_items(std::string_view paragraph, FontFace face, double size_pt, double line_width_pt,
                               std::string_view lang, const Hyphenator* hyphenator, const FontMetrics& metrics) {
    ParagraphItems result;
    result.text = normalise_spaces(paragraph);
    if (result.text.empty()) return result;
    const std::string& text = result.text;
    const std::vector<BreakAfter> breaks = line_break_opportunities(text, lang);
    ItemBuilder builder(face, size_pt, line_width_pt, metrics, result);

    for (std::size_t begin = 0; begin < text.size();) {
        if (text[begin] == ' ') {
            builder.add_space(breaks[begin] != BreakAfter::none);
            ++begin;
            continue;
        }
        const std::size_t end = std::min(text.find(' ', begin), text.size());
        std::map<std::size_t, CutKind> cuts;
        // The break after the word's last byte is the following space's (or the end's).
        for (std::size_t i = begin; i + 1 < end; ++i) {
            if (breaks[i] == BreakAfter::mandatory) cuts[i + 1] = CutKind::forced;
            else if (breaks[i] == BreakAfter::allowed)
                cuts[i + 1] = text[i] == '-' ? CutKind::explicit_hyphen : CutKind::unicode;
        }
        // The paragraph's last word is never hyphenated: its second half alone would make
        // a runt of a last line.
        if (hyphenator && end < text.size())
            for (std::size_t point : hyphenator->hyphenation_points(std::string_view(text).substr(begin, end - begin)))
                cuts.emplace(begin + point, CutKind::hyphenation);  // a rule's break takes precedence
        builder.add_word(begin, end, cuts);
        begin = end;
    }
    builder.finish();
    return result;
}

}  // namespace brochure
