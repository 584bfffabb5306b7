#include "layout/hyphenation.hpp"

#include <cstdlib>
#include <map>
#include <mutex>
#include <string>

#include <hyphen.h>

#include "core/utf8.hpp"

#ifndef BROCHURE_HYPHENATION_DIR
#error "BROCHURE_HYPHENATION_DIR must name the folder of the hyphenation dictionaries"
#endif

namespace brochure {

/// One loaded libhyphen dictionary. libhyphen documents nothing about threads, so calls
/// into it are serialised; a word takes microseconds, which makes the lock cheap.
struct Hyphenator::Patterns {
    explicit Patterns(HyphenDict* loaded) : dictionary(loaded) {}
    ~Patterns() { hnj_hyphen_free(dictionary); }
    Patterns(const Patterns&) = delete;
    Patterns& operator=(const Patterns&) = delete;

    HyphenDict* dictionary;
    std::mutex mutex;
};

namespace {

constexpr int kLettersBefore = 2;  // at least "ex-" ...
constexpr int kLettersAfter = 3;   // ... and "-ple"

bool is_letter(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;  // Latin letters, not × and ÷
    return c >= 0x370 && c <= 0x52F;                               // Greek and Cyrillic
}

/// Lower case of the Latin letters the patterns know; others are returned unchanged.
char32_t lower_case(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    if (c == 0x178) return 0xFF;  // Ÿ
    // Latin Extended-A pairs capitals with the next code point, the parity changing twice.
    const bool even_capitals = (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
    const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if ((even_capitals && c % 2 == 0) || (odd_capitals && c % 2 == 1)) return c + 1;
    return c;
}

bool is_capital(char32_t c) { return lower_case(c) != c; }

bool must_not_hyphenate(std::string_view word) {
    if (word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos) return true;
    if (word.substr(0, 4) == "www." || word.substr(0, 4) == "WWW.") return true;
    for (char c : word)
        if (c >= '0' && c <= '9') return true;
    return false;
}

/// A run of letters inside a word: its code points, and the byte offset after each.
struct LetterRun {
    std::u32string letters;
    std::vector<std::size_t> end_offsets;
};

std::vector<LetterRun> letter_runs(std::string_view word) {
    std::vector<LetterRun> runs;
    bool in_run = false;
    for (std::size_t index = 0; index < word.size();) {
        const char32_t c = next_code_point(word, index);
        if (!is_letter(c)) {
            in_run = false;
            continue;
        }
        if (!in_run) runs.emplace_back();
        in_run = true;
        runs.back().letters += c;
        runs.back().end_offsets.push_back(index);
    }
    return runs;
}

std::shared_ptr<Hyphenator::Patterns> load_once(const std::filesystem::path& file) {
    static std::mutex mutex;
    static std::map<std::filesystem::path, std::shared_ptr<Hyphenator::Patterns>> loaded;
    const std::lock_guard lock(mutex);
    auto found = loaded.find(file);
    if (found != loaded.end()) return found->second;
    // A file that failed to load is remembered too, so it is not read again.
    HyphenDict* dictionary = hnj_hyphen_load(file.c_str());
    auto patterns = dictionary ? std::make_shared<Hyphenator::Patterns>(dictionary) : nullptr;
    loaded.emplace(file, patterns);
    return patterns;
}

}  // namespace

std::filesystem::path default_hyphenation_folder() { return BROCHURE_HYPHENATION_DIR; }

std::optional<std::string_view> hyphenation_dictionary_name(std::string_view lang) {
    // The primary language subtag, before any "-GB" or "_CA".
    std::string primary;
    for (char c : lang.substr(0, lang.find_first_of("-_"))) primary += static_cast<char>(lower_case(static_cast<unsigned char>(c)));
    if (primary == "en") return "hyph_en_US.dic";
    if (primary == "fr") return "hyph_fr.dic";
    return std::nullopt;
}

std::optional<Hyphenator> Hyphenator::for_language(std::string_view lang, const std::filesystem::path& folder) {
    const auto name = hyphenation_dictionary_name(lang);
    if (!name) return std::nullopt;
    auto patterns = load_once(folder / *name);
    if (!patterns) return std::nullopt;
    return Hyphenator(std::move(patterns));
}

std::vector<std::size_t> Hyphenator::hyphenation_points(std::string_view word) const {
    std::vector<std::size_t> points;
    if (must_not_hyphenate(word)) return points;
    for (const LetterRun& run : letter_runs(word)) {
        const int length = static_cast<int>(run.letters.size());
        if (length < kLettersBefore + kLettersAfter) continue;
        bool all_capitals = true;
        std::string lowered;
        for (char32_t c : run.letters) {
            all_capitals = all_capitals && is_capital(c);
            append_utf8(lowered, lower_case(c));
        }
        if (all_capitals) continue;

        // In UTF-8 mode libhyphen marks a break after code point i (not byte i) with an odd hyphens[i].
        std::vector<char> hyphens(lowered.size() + 5, 0);
        char** replacements = nullptr;
        int* positions = nullptr;
        int* cuts = nullptr;
        {
            const std::lock_guard lock(patterns_->mutex);
            hnj_hyphen_hyphenate3(patterns_->dictionary, lowered.c_str(), static_cast<int>(lowered.size()), hyphens.data(),
                                  nullptr, &replacements, &positions, &cuts, kLettersBefore, kLettersAfter,
                                  kLettersBefore, kLettersAfter);
        }
        // Non-standard hyphenation (letters changing at the break) does not occur in the
        // English and French patterns; such points are skipped rather than set wrongly.
        for (int i = kLettersBefore - 1; i < length - kLettersAfter; ++i) {
            const bool replaced = replacements && replacements[i];
            if ((hyphens[static_cast<std::size_t>(i)] & 1) && !replaced)
                points.push_back(run.end_offsets[static_cast<std::size_t>(i)]);
        }
        if (replacements) {
            for (int i = 0; i < static_cast<int>(lowered.size()); ++i) std::free(replacements[i]);
            std::free(replacements);
            std::free(positions);
            std::free(cuts);
        }
    }
    return points;
}

}  // namespace brochure
