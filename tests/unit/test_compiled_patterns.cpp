// The hyphenation patterns compiled when brochure is built: every installed dictionary's
// automaton is libhyphen's, state for state, and hyphenates every word of the profiles
// exactly as libhyphen does; a stale or damaged compiled file is refused.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>

#include <hyphen.h>

#include "core/unicode_text.hpp"
#include "core/utf8.hpp"
#include "layout/compiled_patterns.hpp"
#include "layout/hyphenation.hpp"
#include "support/files.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace fs = std::filesystem;

namespace {

bool same_string(const char* a, const char* b) { return (a == nullptr) == (b == nullptr) && (!a || std::strcmp(a, b) == 0); }

void check_same_automaton(const HyphenDict* expected, const HyphenDict* actual) {
    for (int level = 0; expected || actual; ++level, expected = expected->nextlevel, actual = actual->nextlevel) {
        INFO("level " << level);
        REQUIRE(expected);
        REQUIRE(actual);
        CHECK(expected->lhmin == actual->lhmin);
        CHECK(expected->rhmin == actual->rhmin);
        CHECK(expected->clhmin == actual->clhmin);
        CHECK(expected->crhmin == actual->crhmin);
        CHECK(expected->utf8 == actual->utf8);
        CHECK(std::string(expected->cset) == std::string(actual->cset));
        CHECK(expected->nohyphenl == actual->nohyphenl);
        CHECK(same_string(expected->nohyphen, actual->nohyphen));
        REQUIRE(expected->num_states == actual->num_states);
        int differing = 0;
        for (int s = 0; s < expected->num_states; ++s) {
            const HyphenState& a = expected->states[s];
            const HyphenState& b = actual->states[s];
            // libhyphen leaves replindex and replcut unset, and never reads them, without a replacement.
            bool same = same_string(a.match, b.match) && same_string(a.repl, b.repl) &&
                        (!a.repl || (a.replindex == b.replindex && a.replcut == b.replcut)) &&
                        a.fallback_state == b.fallback_state && a.num_trans == b.num_trans;
            for (int t = 0; same && t < a.num_trans; ++t)
                same = a.trans[t].ch == b.trans[t].ch && a.trans[t].new_state == b.trans[t].new_state;
            differing += same ? 0 : 1;
        }
        CHECK(differing == 0);
    }
}

// Every distinct word of the profiles in content/ and tests/profiles/varied, lower-cased.
std::set<std::string> corpus_words() {
    std::set<std::string> words;
    for (const fs::path& profile : all_profiles()) {
        const std::string text = read_bytes(profile);
        std::string word;
        for (std::size_t at = 0; at <= text.size();) {
            const char32_t c = at < text.size() ? next_code_point(text, at) : (++at, U' ');
            if (is_letter(c)) {
                append_utf8(word, lower_case(c));
            } else if (!word.empty()) {
                words.insert(word);
                word.clear();
            }
        }
    }
    return words;
}

// libhyphen's hyphens and replacements for `word` (in the dictionary's own charset).
std::string hyphenated(HyphenDict* dictionary, const std::string& word) {
    std::string hyphens(word.size() + 5, '\0');
    char** replacements = nullptr;
    int* positions = nullptr;
    int* cuts = nullptr;
    hnj_hyphen_hyphenate3(dictionary, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr,
                          &replacements, &positions, &cuts, 2, 3, 2, 3);
    std::string result = hyphens.substr(0, word.size());
    if (replacements) {
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (replacements[i]) result += "|" + std::to_string(i) + "=" + replacements[i] + "," +
                                           std::to_string(positions[i]) + "," + std::to_string(cuts[i]);
            std::free(replacements[i]);
        }
        std::free(replacements);
        std::free(positions);
        std::free(cuts);
    }
    return result;
}

}  // namespace

TEST_CASE("every compiled dictionary is libhyphen's automaton and hyphenates every word of the profiles as libhyphen does",
          "[layout][hyphenation]") {
    const std::set<std::string> words = corpus_words();
    REQUIRE(words.size() > 1000);
    int dictionaries = 0;
    for (const auto& entry : fs::directory_iterator(compiled_hyphenation_folder())) {
        if (entry.path().extension() != ".patterns") continue;
        const fs::path source = default_hyphenation_folder() / entry.path().stem();
        INFO(source);
        const std::string source_bytes = read_bytes(source);
        HyphenDict* loaded = hnj_hyphen_load(source.c_str());
        REQUIRE(loaded);
        const std::unique_ptr<CompiledPatterns> compiled = CompiledPatterns::read(read_bytes(entry.path()), source_bytes);
        REQUIRE(compiled);
        check_same_automaton(loaded, compiled->dictionary());
        int differing = 0, tried = 0;
        for (const std::string& word : words) {
            std::optional<std::string> encoded = loaded->utf8 ? std::optional<std::string>(word) : encoded_in(word, loaded->cset);
            if (!encoded) continue;
            ++tried;
            if (hyphenated(loaded, *encoded) != hyphenated(compiled->dictionary(), *encoded)) ++differing;
        }
        CHECK(tried > 100);
        CHECK(differing == 0);
        hnj_hyphen_free(loaded);
        ++dictionaries;
    }
    // The languages of the sample profiles at least (scripts/install-deps installs them).
    CHECK(dictionaries >= 10);
    for (const char* lang : {"en", "fr", "de", "es", "sv"}) {
        INFO(lang);
        const auto hyphenator = Hyphenator::for_language(lang);
        REQUIRE(hyphenator);
        CHECK(hyphenator->uses_compiled_patterns());
    }
}

TEST_CASE("compiled patterns made from other bytes, cut short or pointing outside themselves are refused",
          "[layout][hyphenation][hostile]") {
    const fs::path source = fs::canonical(default_hyphenation_folder() / "hyph_en_US.dic");
    const std::string source_bytes = read_bytes(source);
    HyphenDict* loaded = hnj_hyphen_load(source.c_str());
    REQUIRE(loaded);
    const std::string compiled = compile_patterns(*loaded, source_bytes);
    hnj_hyphen_free(loaded);
    REQUIRE(CompiledPatterns::read(compiled, source_bytes));
    CHECK_FALSE(CompiledPatterns::read(compiled, source_bytes + "\n"));  // the dictionary changed since
    for (std::size_t length : {std::size_t{0}, std::size_t{20}, std::size_t{200}, compiled.size() / 2, compiled.size() - 1})
        CHECK_FALSE(CompiledPatterns::read(compiled.substr(0, length), source_bytes));
    CHECK_FALSE(CompiledPatterns::read(compiled + "x", source_bytes));
    // Every 4-byte field at the end set to a huge value: a count or a state out of range.
    std::string damaged = compiled;
    for (std::size_t at = damaged.size() - 4; at < damaged.size(); ++at) damaged[at] = '\x7f';
    CHECK_FALSE(CompiledPatterns::read(damaged, source_bytes));
}

TEST_CASE("compiled patterns whose counts no file could hold are refused before anything is allocated",
          "[layout][hyphenation][hostile]") {
    // A dictionary of one state, made by hand: its compiled form has no nohyphen list, so
    // the first level's state count follows the header (magic, stamp, level count) and
    // the level's fixed fields.
    HyphenState state{};
    state.fallback_state = -1;
    HyphenDict dictionary{};
    dictionary.num_states = 1;
    dictionary.states = &state;
    dictionary.utf8 = 1;
    std::strcpy(dictionary.cset, "UTF-8");
    const std::string source = "UTF-8\n";
    const std::string compiled = compile_patterns(dictionary, source);
    REQUIRE(CompiledPatterns::read(compiled, source));
    const std::size_t header = std::string_view("brochure hyphenation patterns 1\n").size() + 3 * 8 + 4;
    const std::size_t count_at = header + 4 + 4 + sizeof dictionary.cset + 4 + 4;
    REQUIRE(count_at + 4 <= compiled.size());
    int states = 0;
    std::memcpy(&states, compiled.data() + count_at, sizeof states);
    REQUIRE(states == 1);  // the field found
    for (const int huge : {0x7FFFFFFF, 0x10000000}) {
        std::string damaged = compiled;
        std::memcpy(damaged.data() + count_at, &huge, sizeof huge);
        CHECK_FALSE(CompiledPatterns::read(damaged, source));
    }
}

TEST_CASE("compiled patterns whose fallbacks loop, which libhyphen would follow forever, are refused",
          "[layout][hyphenation][hostile]") {
    HyphenState states[3]{};
    states[0].fallback_state = -1;
    states[1].fallback_state = 2;
    states[2].fallback_state = 0;
    HyphenDict dictionary{};
    dictionary.num_states = 3;
    dictionary.states = states;
    dictionary.utf8 = 1;
    const std::string source = "UTF-8\n";
    CHECK(CompiledPatterns::read(compile_patterns(dictionary, source), source));
    states[2].fallback_state = 1;  // 1 → 2 → 1
    CHECK_FALSE(CompiledPatterns::read(compile_patterns(dictionary, source), source));
    states[2].fallback_state = 2;  // 2 → 2
    CHECK_FALSE(CompiledPatterns::read(compile_patterns(dictionary, source), source));
}
