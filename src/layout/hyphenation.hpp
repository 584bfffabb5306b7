#pragma once
// Where words may be hyphenated, from the Liang patterns of libhyphen's dictionaries.
//
// Loading a dictionary reads its patterns compiled when brochure was built (or, for a
// dictionary changed or added since, compiles its file), so it is done once per file and
// per process, outside the line breaker: the caller creates a Hyphenator and hands a
// pointer to the breaking code, which stays free of file reads.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brochure {

/// The folder holding the dictionaries when the caller names none (Debian's hyphen-* packages).
std::filesystem::path default_hyphenation_folder();

/// The folder of the dictionaries compiled when brochure was built (layout/compiled_patterns):
/// the installed data folder's, else the build tree's.
std::filesystem::path compiled_hyphenation_folder();

/// The dictionary files that may hold the patterns of a BCP 47 tag, best first, as
/// Debian's hyphen-* packages name them: "de-CH" gives hyph_de_CH.dic, hyph_de.dic,
/// hyph_de_DE.dic; "en-GB" starts with hyph_en_GB.dic, "en" falls back to hyph_en_US.dic,
/// "pt-BR" and "pt-PT" stay apart, "sr-Latn" is Serbian in Latin script, "no" is Bokmål.
std::vector<std::string> hyphenation_dictionary_candidates(std::string_view lang);

/// Hyphenation points of one language. Cheap to copy: copies share the loaded patterns,
/// which stay loaded for the rest of the process. Safe to use from several threads.
class Hyphenator {
public:
    /// The hyphenator for `lang`, loading its dictionary from `folder` on first use in the
    /// process. nullopt when the language has no patterns or the file cannot be loaded.
    static std::optional<Hyphenator> for_language(std::string_view lang,
                                                  const std::filesystem::path& folder = default_hyphenation_folder());

    /// Byte offsets into the UTF-8 `word` (a text without spaces) after which a line may end
    /// with an added hyphen, in increasing order. Only runs of letters are hyphenated, each
    /// keeping at least two letters before a break and three after it; a word holding a
    /// digit, "@", "://" or starting with "www." (a number, an e-mail address, a URL) gets
    /// none, and neither does a run written in capitals only (an acronym such as NATO).
    std::vector<std::size_t> hyphenation_points(std::string_view word) const;

    /// True when the patterns were read as compiled when brochure was built, not loaded
    /// by libhyphen from the dictionary's text.
    bool uses_compiled_patterns() const;

    /// True when both use the same loaded dictionary (each file is loaded once per process).
    bool shares_patterns_with(const Hyphenator& other) const { return patterns_ == other.patterns_; }

    struct Patterns;  ///< the loaded dictionary (opaque)

    /// Distinct words whose points a dictionary remembers at most (a brochure has a few
    /// hundred).
    static constexpr std::size_t kRememberedWords = 4096;

private:
    explicit Hyphenator(std::shared_ptr<Patterns> patterns) : patterns_(std::move(patterns)) {}
    // hyphenation_points, worked out.
    std::vector<std::size_t> points_in(std::string_view word) const;
    std::shared_ptr<Patterns> patterns_;
};

}  // namespace brochure
