// Hyphenation points from Debian's English and French patterns, and the rules on top:
// two letters before a break, three after, nothing in URLs, numbers or acronyms.

#include <catch2/catch.hpp>

#include <string>

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

TEST_CASE("dictionaries are chosen by the language tag", "[layout][hyphenation]") {
    CHECK(hyphenation_dictionary_name("en") == "hyph_en_US.dic");
    CHECK(hyphenation_dictionary_name("en-GB") == "hyph_en_US.dic");
    CHECK(hyphenation_dictionary_name("FR_ca") == "hyph_fr.dic");
    CHECK_FALSE(hyphenation_dictionary_name("de"));
    CHECK_FALSE(hyphenation_dictionary_name("eng"));
    CHECK_FALSE(Hyphenator::for_language("de"));
    CHECK_FALSE(Hyphenator::for_language("en", "no/such/folder"));
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
