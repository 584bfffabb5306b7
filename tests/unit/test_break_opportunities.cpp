// The line breaker must survive every Unicode scalar value: the first one (libunibreak
// 1.1) aborted the process on U+FFFF and on every regional-indicator pair (flag emoji).

#include <catch2/catch.hpp>

#include <string>

#include "core/utf8.hpp"
#include "core/unicode_text.hpp"
#include "layout/font_metrics.hpp"
#include "layout/line_break.hpp"

using namespace brochure;

namespace {

bool is_scalar_value(char32_t c) { return c < 0xD800 || (c > 0xDFFF && c <= 0x10FFFF); }

std::string utf8_of(char32_t c) {
    std::string text;
    append_utf8(text, c);
    return text;
}

// One entry per byte, the last a mandatory break: what every caller relies on.
bool well_formed(const std::vector<BreakAfter>& breaks, const std::string& text) {
    return breaks.size() == text.size() && !text.empty() && breaks.back() == BreakAfter::mandatory;
}

}  // namespace

TEST_CASE("every scalar value alone and between letters gets break opportunities", "[line_break][hostile]") {
    std::size_t checked = 0, malformed = 0;
    char32_t first_malformed = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (!is_scalar_value(c)) continue;
        const std::string alone = utf8_of(c);
        const std::string between = "a" + alone + "b";
        for (const std::string* text : {&alone, &between}) {
            if (!well_formed(line_break_opportunities(*text, "en"), *text) && malformed++ == 0) first_malformed = c;
            ++checked;
        }
    }
    INFO("first malformed result for U+" << std::hex << static_cast<unsigned>(first_malformed));
    CHECK(malformed == 0);
    CHECK(checked == 2 * (0x110000 - 0x800));
}

TEST_CASE("flags, U+FFFF and unpaired regional indicators break like other symbols", "[line_break][hostile]") {
    // 🇧🇪 is two regional indicators; a lone one, three in a row and U+FFFF were the aborts.
    for (const std::string text : {"Proud of \U0001F1E7\U0001F1EA and \U0001F1EB\U0001F1F7", "\U0001F1E7",
                                   "\U0001F1E7\U0001F1EA\U0001F1EB", "end \uFFFF", "\uFFFF\uFFFF a"}) {
        INFO(text);
        const auto breaks = line_break_opportunities(text, "fr");
        REQUIRE(well_formed(breaks, text));
        // A flag is one unit: no break between its two indicators.
        const std::size_t flag = text.find("\U0001F1E7\U0001F1EA");
        if (flag != std::string::npos) CHECK(breaks[flag + 3] == BreakAfter::none);
    }
}

TEST_CASE("a sample of every plane goes through the whole line breaker", "[line_break][hostile]") {
    const FixedAdvanceMetrics metrics;
    std::size_t paragraphs = 0;
    for (char32_t c = 1; c <= 0x10FFFF; c += 257) {
        if (!is_scalar_value(c)) continue;
        const std::string paragraph = "word " + utf8_of(c) + utf8_of(c) + " another" + utf8_of(c) + "word end";
        for (Alignment alignment : {Alignment::ragged, Alignment::justified}) {
            const auto lines = break_lines(paragraph, FontFace::regular, 10, 30, metrics, {alignment, "de", nullptr});
            CHECK_FALSE(lines.empty());
            ++paragraphs;
        }
    }
    CHECK(paragraphs > 8000);
}
