#include "layout/line_break.hpp"

#include <algorithm>

#include "layout/paragraph_items.hpp"
#include "layout/total_fit.hpp"

namespace brochure {

namespace {

// TeX's \pretolerance and \tolerance: a first try without hyphenation and lines no looser
// than full stretch, then one with hyphenation and some more room.
constexpr double kTolerance = 100;
constexpr double kHyphenatingTolerance = 200;
// Spaces stretched beyond this ratio of their stretch (about two and a half times their
// natural width) are no longer read as word spaces.
constexpr double kMaxJustifiedRatio = 3;

using Kind = ParagraphItem::Kind;

BrokenLine line_from_items(const ParagraphItems& paragraph, std::size_t begin, std::size_t end, FontFace face,
                           double size_pt, const TotalFitSettings& fit, const FontMetrics& metrics) {
    const auto& items = paragraph.items;
    const bool last_line = end + 1 == items.size();
    const bool ends_forced = items[end].kind == Kind::penalty && items[end].penalty <= -kInfinitePenalty;
    const bool has_glue =
        std::any_of(items.begin() + static_cast<std::ptrdiff_t>(begin), items.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const ParagraphItem& item) { return item.kind == Kind::glue; });
    BrokenLine line;
    double ratio = !fit.ragged && has_glue ? adjustment_ratio(items, begin, end, fit) : 0;
    // A paragraph's last line keeps its natural spaces, unless the breaker fitted it to
    // the measure by narrowing them: set with natural spaces it would run past the margin.
    line.justified = !fit.ragged && has_glue && ((!last_line && !ends_forced) || ratio < 0);
    // An overfull line (only ever in an emergency) keeps its spaces at their narrowest.
    ratio = line.justified ? std::max(ratio, -1.0) : 0;
    // A line that could only be justified with gaping spaces (an emergency, e.g. a long
    // word the patterns cannot hyphenate) reads better flush left.
    if (ratio > kMaxJustifiedRatio) {
        line.justified = false;
        ratio = 0;
    }

    double x_pt = 0;
    std::string word;
    auto finish_word = [&] {
        const double width_pt = metrics.text_width_pt(face, size_pt, word);
        line.words.push_back(PlacedWord{word, x_pt, width_pt});
        x_pt += width_pt;
        line.text += (line.text.empty() ? "" : " ") + word;
        word.clear();
    };
    for (std::size_t i = begin; i < end; ++i) {
        const ParagraphItem& item = items[i];
        if (item.kind == Kind::box) {
            word.append(paragraph.text, item.begin, item.end - item.begin);
        } else if (item.kind == Kind::glue) {
            finish_word();
            x_pt += item.width_pt + ratio * (ratio > 0 ? item.stretch_pt : item.shrink_pt);
        }
    }
    if (items[end].kind == Kind::penalty && items[end].width_pt > 0) word += '-';
    finish_word();
    line.width_pt = metrics.text_width_pt(face, size_pt, line.text);
    return line;
}

std::vector<BrokenLine> lines_from_breaks(const ParagraphItems& paragraph, const std::vector<std::size_t>& breaks,
                                          FontFace face, double size_pt, const TotalFitSettings& fit,
                                          const FontMetrics& metrics) {
    std::vector<BrokenLine> lines;
    std::size_t begin = 0;
    for (std::size_t end : breaks) {
        lines.push_back(line_from_items(paragraph, begin, end, face, size_pt, fit, metrics));
        begin = line_start_after(paragraph.items, end);
    }
    return lines;
}

// break_lines without its memory.
std::vector<BrokenLine> broken_anew(std::string_view paragraph, FontFace face, double size_pt, double max_width_pt,
                                    const FontMetrics& metrics, const ParagraphSettings& settings) {
    TotalFitSettings fit;
    fit.line_width_pt = max_width_pt;
    fit.ragged = settings.alignment == Alignment::ragged;
    // A flush-left line may fall a third of the width short at badness 100.
    fit.ragged_stretch_pt = max_width_pt / 3;

    const auto items_with = [&](const Hyphenator* hyphenator) {
        return paragraph_items(paragraph, face, size_pt, max_width_pt, settings.lang, hyphenator, metrics);
    };
    const ParagraphItems plain = items_with(nullptr);
    if (plain.items.empty()) return {};
    // Words are cut arbitrarily only when nothing else fits: with patterns to try, a word
    // too wide for the line waits for the hyphenating pass.
    if (!(plain.has_emergency_cuts && settings.hyphenator)) {
        fit.tolerance = kTolerance;
        if (auto breaks = total_fit_breaks(plain.items, fit))
            return lines_from_breaks(plain, *breaks, face, size_pt, fit, metrics);
    }
    const ParagraphItems hyphenated = settings.hyphenator ? items_with(settings.hyphenator) : plain;
    if (settings.hyphenator) {
        fit.tolerance = kHyphenatingTolerance;
        if (auto breaks = total_fit_breaks(hyphenated.items, fit))
            return lines_from_breaks(hyphenated, *breaks, face, size_pt, fit, metrics);
    }
    fit.emergency = true;
    return lines_from_breaks(hyphenated, *total_fit_breaks(hyphenated.items, fit), face, size_pt, fit, metrics);
}

template <typename Value>
void append_bytes(std::string& key, const Value& value) {
    key.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// Everything break_lines reads but the metrics, as bytes; the paragraph last, whole.
std::string memory_key(std::string_view paragraph, FontFace face, double size_pt, double max_width_pt,
                       const ParagraphSettings& settings) {
    std::string key;
    append_bytes(key, face);
    append_bytes(key, size_pt);
    append_bytes(key, max_width_pt);
    append_bytes(key, settings.alignment);
    append_bytes(key, settings.hyphenator);
    key += settings.lang;
    key += '\0';
    key += paragraph;
    return key;
}

}  // namespace

std::vector<BrokenLine> break_lines(std::string_view paragraph, FontFace face, double size_pt, double max_width_pt,
                                    const FontMetrics& metrics, const ParagraphSettings& settings) {
    if (!settings.memory) return broken_anew(paragraph, face, size_pt, max_width_pt, metrics, settings);
    std::string key = memory_key(paragraph, face, size_pt, max_width_pt, settings);
    if (const std::vector<BrokenLine>* kept = settings.memory->find(key)) return *kept;
    std::vector<BrokenLine> lines = broken_anew(paragraph, face, size_pt, max_width_pt, metrics, settings);
    settings.memory->keep(std::move(key), lines);
    return lines;
}

const std::vector<BrokenLine>* LineBreakMemory::find(const std::string& key) const {
    const auto found = lines_.find(key);
    return found == lines_.end() ? nullptr : &found->second;
}

void LineBreakMemory::keep(std::string key, std::vector<BrokenLine> lines) { lines_.emplace(std::move(key), std::move(lines)); }

}  // namespace brochure
