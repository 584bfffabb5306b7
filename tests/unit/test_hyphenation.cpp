// Hyphenation points from Debian's patterns, and the rules on top: two letters before a
// break, three after, nothing in URLs, numbers or acronyms; dictionaries chosen from the
// language tag, in whatever charset Debian ships them.

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "layout/hyphenation.hpp"

using namespace brochure;

namespace {
/// The word with a '-' at each hyphenation point.
std::string marked(const Hyphenator& hyphenator, std::string_view word) {
    std::string out;
    std::size_t previous = 0;
    for (std::size_t point : hyphenator.hyphenation_points(word)) {
        out.append(word.substr(previous, point - previous)).append("-");
        previous = point;
    }
    return out.append(word.substr(previous));
}
}  // namespace

TEST_CASE("dictionaries are chosen by the language tag, with BCP 47 fallback", "[layout][hyphenation]") {
    using Names = std::vector<std::string>;
    CHECK(hyphenation_dictionary_candidates("en") == Names{"hyph_en.dic", "hyph_en_US.dic"});
    CHECK(hyphenation_dictionary_candidates("en-GB").front() == "hyph_en_GB.dic");
    CHECK(hyphenation_dictionary_candidates("FR_ca") == Names{"hyph_fr_CA.dic", "hyph_fr.dic", "hyph_fr_FR.dic"});
    CHECK(hyphenation_dictionary_candidates("de-CH") == Names{"hyph_de_CH.dic", "hyph_de.dic", "hyph_de_DE.dic"});
    CHECK(hyphenation_dictionary_candidates("pt-BR").front() == "hyph_pt_BR.dic");
    CHECK(hyphenation_dictionary_candidates("pt") == Names{"hyph_pt.dic", "hyph_pt_PT.dic"});
    CHECK(hyphenation_dictionary_candidates("no") == Names{"hyph_nb.dic", "hyph_nb_NO.dic"});
    CHECK(hyphenation_dictionary_candidates("sr-Latn") == Names{"hyph_sr-Latn_RS.dic"});
    CHECK(hyphenation_dictionary_candidates("sr-Cyrl-RS").front() == "hyph_sr_RS.dic");
    CHECK_FALSE(Hyphenator::for_language("tr"));
    CHECK_FALSE(Hyphenator::for_language("en", "no/such/folder"));
}

TEST_CASE("every language with built-in labels and Debian patterns hyphenates its own words", "[layout][hyphenation]") {
    // A long word of each language, and where its patterns must allow at least one break.
    const std::pair<const char*, const char*> words[] = {
        {"bg", "организация"}, {"cs", "organizace"},   {"da", "organisationen"}, {"de", "Organisation"},
        {"de-CH", "Zusammenarbeit"}, {"el", "οργανισμός"}, {"en-GB", "organisation"}, {"es", "organización"},
        {"et", "organisatsioon"}, {"fr", "organisation"}, {"hr", "organizacija"}, {"hu", "szervezet"},
        {"is", "stofnunin"},      {"it", "organizzazione"}, {"lt", "organizacija"}, {"lv", "organizācija"},
        {"nb", "organisasjonen"}, {"nl", "organisatie"},  {"pl", "organizacja"},  {"pt", "organização"},
        {"pt-BR", "organização"}, {"ro", "organizație"},  {"sk", "organizácia"},  {"sl", "organizacija"},
        {"sr", "организација"},   {"sv", "organisationen"}, {"uk", "організація"},
    };
    for (const auto& [lang, word] : words) {
        INFO(lang << ": " << word);
        const auto hyphenator = Hyphenator::for_language(lang);
        REQUIRE(hyphenator);
        CHECK(marked(*hyphenator, word) != word);
    }
    // Capitals are lowered as ICU lowers them, Greek and Cyrillic included.
    const auto greek = Hyphenator::for_language("el");
    REQUIRE(greek);
    CHECK(marked(*greek, "Οργανισμός").find('-') != std::string::npos);
}

TEST_CASE("English words hyphenate as the US patterns say", "[layout][hyphenation]") {
    const auto english = Hyphenator::for_language("en");
    REQUIRE(english);
    CHECK(marked(*english, "hyphenation") == "hy-phen-ation");
    CHECK(marked(*english, "international") == "in-ter-na-tional");
    // Capitalised words are looked up in lower case; the offsets are the original's.
    CHECK(marked(*english, "Organisation") == "Or-gan-i-sa-tion");
    // Each part of a compound on its own; the written hyphen is a break of its own kind.
    CHECK(marked(*english, "decision-making") == "de-ci-sion-mak-ing");
}

TEST_CASE("French words hyphenate as the French patterns say, accents included", "[layout][hyphenation]") {
    const auto french = Hyphenator::for_language("fr");
    REQUIRE(french);
    CHECK(marked(*french, "développement") == "dé-ve-lop-pe-ment");
    CHECK(marked(*french, "représentants") == "re-pré-sen-tants");
    // After an elided article the word starts again: "l’" is not part of it.
    CHECK(marked(*french, "l’Atlantique") == "l’At-lan-tique");
}

TEST_CASE("two letters before a break and three after", "[layout][hyphenation]") {
    const auto french = Hyphenator::for_language("fr");
    REQUIRE(french);
    // The patterns allow "sé-cu-ri-té" but "-té" keeps only two letters.
    CHECK(marked(*french, "sécurité") == "sé-cu-rité");
    const auto english = Hyphenator::for_language("en");
    REQUIRE(english);
    CHECK(english->hyphenation_points("into").empty());
}

TEST_CASE("no hyphen in URLs, e-mail addresses, numbers or acronyms", "[layout][hyphenation]") {
    const auto english = Hyphenator::for_language("en");
    REQUIRE(english);
    CHECK(english->hyphenation_points("https://www.nato.int/organisation").empty());
    CHECK(english->hyphenation_points("www.international.org").empty());
    CHECK(english->hyphenation_points("information@nato.int").empty());
    CHECK(english->hyphenation_points("4,000").empty());
    CHECK(english->hyphenation_points("international2").empty());
    CHECK(english->hyphenation_points("UNESCO").empty());
    // A possessive acronym is still an acronym; the "s" is too short to hyphenate.
    CHECK(english->hyphenation_points("NATO’s").empty());
}

TEST_CASE("a dictionary is loaded once and shared", "[layout][hyphenation]") {
    const auto first = Hyphenator::for_language("en");
    const auto second = Hyphenator::for_language("en-US");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->shares_patterns_with(*second));
    const auto french = Hyphenator::for_language("fr");
    REQUIRE(french);
    CHECK_FALSE(first->shares_patterns_with(*french));
}

TEST_CASE("a word asked again gets the same points, also once the remembered words are forgotten",
          "[layout][hyphenation]") {
    const auto english = Hyphenator::for_language("en");
    REQUIRE(english);
    const std::vector<std::pair<std::string, std::string>> expected{
        {"hyphenation", "hy-phen-ation"}, {"Organisation", "Or-gan-i-sa-tion"}, {"UNESCO", "UNESCO"},
        {"international", "in-ter-na-tional"}};
    for (int round = 0; round < 3; ++round) {
        for (const auto& [word, marks] : expected) CHECK(marked(*english, word) == marks);
        // More distinct words than are remembered ("interna" and three letters), so that
        // each round starts with the words above forgotten.
        std::size_t fillers = 0;
        for (char first = 'a'; first <= 'z' && fillers <= Hyphenator::kRememberedWords; ++first)
            for (char second = 'a'; second <= 'z' && fillers <= Hyphenator::kRememberedWords; ++second)
                for (char third = 'a'; third <= 'z' && fillers <= Hyphenator::kRememberedWords; ++third, ++fillers)
                    english->hyphenation_points(std::string("interna") + first + second + third);
        REQUIRE(fillers > Hyphenator::kRememberedWords);
    }
}
