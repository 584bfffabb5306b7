#include "layout/hyphenation.hpp"

#include <cctype>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

#include <hyphen.h>

#include "core/unicode_text.hpp"
#include "core/utf8.hpp"
#include "io/files.hpp"
#include "io/installed_data.hpp"
#include "layout/compiled_patterns.hpp"

#if !defined(BROCHURE_HYPHENATION_DIR) || !defined(BROCHURE_COMPILED_HYPHENATION_DIR)
#error "BROCHURE_HYPHENATION_DIR and BROCHURE_COMPILED_HYPHENATION_DIR must name the dictionaries' folders"
#endif

namespace brochure {

/// One loaded dictionary: compiled when brochure was built, or loaded by libhyphen.
/// libhyphen documents nothing about threads, so calls into it are serialised; a word
/// takes microseconds, which makes the lock cheap.
struct Hyphenator::Patterns {
    explicit Patterns(HyphenDict* loaded) : dictionary(loaded) {}
    explicit Patterns(std::unique_ptr<CompiledPatterns> read) : dictionary(read->dictionary()), compiled(std::move(read)) {}
    ~Patterns() {
        if (!compiled) hnj_hyphen_free(dictionary);
    }
    Patterns(const Patterns&) = delete;
    Patterns& operator=(const Patterns&) = delete;

    HyphenDict* dictionary;
    std::unique_ptr<CompiledPatterns> compiled;  ///< owns `dictionary` when set
    std::mutex mutex;  ///< guards calls into libhyphen and `remembered`
    /// Words hyphenated already, and their points: a text repeats its words, and the
    /// profiles of a batch in one language share most of theirs. Emptied when it holds
    /// kRememberedWords, so that it stays small.
    std::unordered_map<std::string, std::vector<std::size_t>> remembered;
};

namespace {

constexpr int kLettersBefore = 2;  // at least "ex-" ...
constexpr int kLettersAfter = 3;   // ... and "-ple"

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

// Largest dictionary file read to compare with its compiled patterns: Debian's largest
// is under 1 MB.
constexpr std::size_t kMaxDictionaryBytes = 16 * 1024 * 1024;

// The patterns of the dictionary `file` as compiled when brochure was built; null when
// none were, or the file has changed since.
std::unique_ptr<CompiledPatterns> compiled_patterns_of(const std::filesystem::path& file) {
    const std::filesystem::path compiled = compiled_hyphenation_folder() / (file.filename().string() + ".patterns");
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(compiled, ignored)) return nullptr;
    ReadResult source = read_file(file.string(), kMaxDictionaryBytes);
    ReadResult patterns = read_file(compiled.string(), kMaxDictionaryBytes * 4);
    if (!source.ok() || !patterns.ok()) return nullptr;
    return CompiledPatterns::read(std::move(patterns.bytes), source.bytes);
}

std::shared_ptr<Hyphenator::Patterns> load_once(const std::filesystem::path& file) {
    static std::mutex mutex;
    static std::map<std::filesystem::path, std::shared_ptr<Hyphenator::Patterns>> loaded;
    const std::lock_guard lock(mutex);
    auto found = loaded.find(file);
    if (found != loaded.end()) return found->second;
    // A file that failed to load is remembered too, so it is not read again.
    std::shared_ptr<Hyphenator::Patterns> patterns;
    if (auto compiled = compiled_patterns_of(file)) {
        patterns = std::make_shared<Hyphenator::Patterns>(std::move(compiled));
    } else if (HyphenDict* dictionary = hnj_hyphen_load(file.c_str())) {
        patterns = std::make_shared<Hyphenator::Patterns>(dictionary);
    }
    loaded.emplace(file, patterns);
    return patterns;
}

}  // namespace

std::filesystem::path default_hyphenation_folder() { return BROCHURE_HYPHENATION_DIR; }

std::filesystem::path compiled_hyphenation_folder() {
    const std::string installed = installed_data_path("hyphenation");
    return installed.empty() ? BROCHURE_COMPILED_HYPHENATION_DIR : installed;
}

std::vector<std::string> hyphenation_dictionary_candidates(std::string_view lang) {
    // The subtags of the tag: language, then an optional script (4 letters) and region
    // (2 letters or 3 digits); variants and extensions do not change the patterns.
    std::vector<std::string> subtags;
    for (std::size_t start = 0; start <= lang.size();) {
        const std::size_t end = std::min(lang.find_first_of("-_", start), lang.size());
        subtags.emplace_back(lang.substr(start, end - start));
        start = end + 1;
    }
    std::string language, script, region;
    for (char c : subtags.front()) language += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 1; i < subtags.size(); ++i) {
        std::string subtag = subtags[i];
        if (subtag.size() == 4 && script.empty() && region.empty()) {
            for (char& c : subtag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            subtag[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(subtag[0])));
            script = subtag;
        } else if ((subtag.size() == 2 || subtag.size() == 3) && region.empty()) {
            for (char& c : subtag) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            region = subtag;
        }
    }
    // Bokmål is what "Norwegian" means unqualified.
    if (language == "no") language = "nb";
    // Where a language's patterns are filed under one country only, or differ by country.
    static const std::map<std::string, std::string, std::less<>> kDefaultRegion{
        {"bg", "BG"}, {"cs", "CZ"}, {"da", "DK"}, {"de", "DE"}, {"el", "GR"}, {"en", "US"}, {"es", "ES"},
        {"et", "EE"}, {"fr", "FR"}, {"hr", "HR"}, {"hu", "HU"}, {"is", "IS"}, {"it", "IT"}, {"lt", "LT"},
        {"lv", "LV"}, {"nb", "NO"}, {"nl", "NL"}, {"nn", "NO"}, {"pl", "PL"}, {"pt", "PT"}, {"ro", "RO"},
        {"ru", "RU"}, {"sk", "SK"}, {"sl", "SI"}, {"sr", "RS"}, {"sv", "SE"}, {"uk", "UA"}};
    // Serbian in Latin script has patterns of its own; other scripts are the language's usual one.
    const std::string base = language == "sr" && script == "Latn" ? "sr-Latn" : language;
    std::vector<std::string> candidates;
    if (!region.empty()) candidates.push_back("hyph_" + base + "_" + region + ".dic");
    if (base != "sr-Latn") candidates.push_back("hyph_" + base + ".dic");
    if (const auto found = kDefaultRegion.find(language); found != kDefaultRegion.end())
        candidates.push_back("hyph_" + base + "_" + found->second + ".dic");
    return candidates;
}

std::optional<Hyphenator> Hyphenator::for_language(std::string_view lang, const std::filesystem::path& folder) {
    // The dictionary found for a language, by language and folder: finding it again asks
    // the file system about each candidate's name and path, a score of system calls for
    // every profile of a batch. A language without one is looked for again each time, so
    // that patterns installed meanwhile are found.
    static std::mutex mutex;
    static std::map<std::pair<std::string, std::string>, std::shared_ptr<Patterns>> found_for;
    const std::pair<std::string, std::string> key{std::string(lang), folder.string()};
    {
        const std::lock_guard lock(mutex);
        if (const auto found = found_for.find(key); found != found_for.end()) return Hyphenator(found->second);
    }
    for (const std::string& name : hyphenation_dictionary_candidates(lang)) {
        std::error_code ignored;
        if (!std::filesystem::is_regular_file(folder / name, ignored)) continue;
        // Debian links one file under several names (hyph_en.dic to hyph_en_US.dic): the
        // file they all lead to is loaded once.
        const std::filesystem::path file = std::filesystem::canonical(folder / name, ignored);
        if (ignored) continue;
        if (auto patterns = load_once(file)) {
            const std::lock_guard lock(mutex);
            found_for.emplace(key, patterns);
            return Hyphenator(std::move(patterns));
        }
    }
    return std::nullopt;
}

bool Hyphenator::uses_compiled_patterns() const { return patterns_->compiled != nullptr; }

std::vector<std::size_t> Hyphenator::hyphenation_points(std::string_view word) const {
    std::string key(word);
    {
        const std::lock_guard lock(patterns_->mutex);
        if (const auto found = patterns_->remembered.find(key); found != patterns_->remembered.end()) return found->second;
    }
    std::vector<std::size_t> points = points_in(word);
    const std::lock_guard lock(patterns_->mutex);
    if (patterns_->remembered.size() >= kRememberedWords) patterns_->remembered.clear();
    patterns_->remembered.emplace(std::move(key), points);
    return points;
}

std::vector<std::size_t> Hyphenator::points_in(std::string_view word) const {
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
        // Many of Debian's dictionaries are in an ISO 8859 charset: the word goes to libhyphen
        // in the dictionary's own, one byte a letter. A word the charset cannot hold (a
        // Greek name in Czech text) is not hyphenated.
        if (!patterns_->dictionary->utf8) {
            std::optional<std::string> encoded = encoded_in(lowered, patterns_->dictionary->cset);
            if (!encoded || encoded->size() != run.letters.size()) continue;
            lowered = std::move(*encoded);
        }

        // libhyphen marks a break after letter i (code point i in UTF-8 mode, byte i in a
        // single-byte charset) with an odd hyphens[i].
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
        // Non-standard hyphenation (letters changing at the break, as in old German "ck" →
        // "k-k") is skipped rather than set wrongly.
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
