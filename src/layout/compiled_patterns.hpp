#pragma once
// libhyphen's pattern automaton, compiled once when brochure is built and read back in
// microseconds. libhyphen parses a dictionary's text into states through a hash table
// every time it loads one (37.5 M instructions for English, more than the rest of a
// brochure's layout); this writes the states it builds as they are and rebuilds the same
// HyphenDict from them, so that hnj_hyphen_hyphenate3 gives exactly its own results.

#include <hyphen.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace brochure {

/// The automaton of `dictionary`, as libhyphen loaded it (every level), made from
/// `source`, the dictionary file's bytes, whose size and hash it records. Empty when the
/// dictionary has more levels than any libhyphen makes.
std::string compile_patterns(const HyphenDict& dictionary, std::string_view source);

/// A HyphenDict rebuilt from compile_patterns' bytes, in memory of its own: never handed
/// to hnj_hyphen_free.
class CompiledPatterns {
public:
    /// Null when `compiled` is not whole and consistent, or was made from other bytes than
    /// `source` (the dictionary changed since brochure was built).
    static std::unique_ptr<CompiledPatterns> read(std::string compiled, std::string_view source);

    HyphenDict* dictionary() { return &levels_.front(); }

private:
    CompiledPatterns() = default;
    // Moves the strings the levels and states point at out of the bytes read into
    // `strings_`, and lets those bytes go: the states are copied out of them already, and
    // they were most of a render's memory for hyphenation.
    void keep_only_strings();

    std::string bytes_;    ///< what was read, while it is read
    std::string strings_;  ///< the strings the levels and states point at
    std::vector<HyphenDict> levels_;
    std::vector<std::vector<HyphenState>> states_;        ///< one list per level
    std::vector<std::vector<HyphenTrans>> transitions_;   ///< per level, every state's in turn
};

}  // namespace brochure
