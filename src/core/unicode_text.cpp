#include "core/unicode_text.hpp"

#include <map>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace brochure {

namespace {

icu::Locale locale_of(std::string_view lang) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(std::string(lang), status);
    if (U_FAILURE(status) || locale.isBogus()) return icu::Locale::getRoot();
    return locale;
}

std::string utf8_of(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// ICU's UAX #14 line breaker. It accepts every scalar value (and replaces ill-formed
// UTF-8 with U+FFFD), so no input text can reach an assertion. Creating one loads and
// compiles its rules, so each thread keeps one per language and only resets its text.
icu::BreakIterator* line_breaker_for(const std::string& lang) {
    thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> breakers;
    auto found = breakers.find(lang);
    if (found != breakers.end()) return found->second.get();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = locale_of(lang);
    std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createLineInstance(locale, status));
    if (U_FAILURE(status) || !breaker) {
        // The root rules are part of ICU's data; without them nothing breaks.
        status = U_ZERO_ERROR;
        breaker.reset(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) breaker.reset();
    }
    return breakers.emplace(lang, std::move(breaker)).first->second.get();
}

// ICU's number formatters for one language. Making one looks up the locale's symbols and
// patterns, which cost more than a brochure's other uses of ICU together, so each thread
// keeps them per language; a formatter is immutable once made.
struct NumberFormatters {
    icu::number::LocalizedNumberFormatter count;
    icu::number::LocalizedNumberFormatter percent;  ///< at most one decimal
};

const NumberFormatters& number_formatters_for(std::string_view lang) {
    thread_local std::map<std::string, NumberFormatters, std::less<>> formatters;
    auto found = formatters.find(lang);
    if (found != formatters.end()) return found->second;
    const icu::Locale locale = locale_of(lang);
    NumberFormatters made{icu::number::NumberFormatter::withLocale(locale),
                          icu::number::NumberFormatter::withLocale(locale)
                              .unit(icu::MeasureUnit::getPercent())
                              .precision(icu::number::Precision::maxFraction(1))};
    return formatters.emplace(std::string(lang), std::move(made)).first->second;
}

}  // namespace

std::vector<BreakAfter> line_break_opportunities(std::string_view text, std::string_view lang) {
    std::vector<BreakAfter> result(text.size(), BreakAfter::none);
    if (text.empty()) return result;
    result.back() = BreakAfter::mandatory;  // the end of the text ends its last line
    icu::BreakIterator* breaker = line_breaker_for(std::string(lang));
    if (breaker == nullptr) return result;

    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return result;
    breaker->setText(utext, status);
    if (U_SUCCESS(status)) {
        // A boundary at byte offset p is a break after byte p - 1; its rule status tells a
        // hard break (after a newline) from an allowed one.
        for (int32_t boundary = breaker->next(); boundary != icu::BreakIterator::DONE; boundary = breaker->next()) {
            const auto after = static_cast<std::size_t>(boundary);
            if (after == 0 || after > text.size()) continue;
            const bool hard = breaker->getRuleStatus() >= UBRK_LINE_HARD;
            result[after - 1] = hard || after == text.size() ? BreakAfter::mandatory : BreakAfter::allowed;
        }
    }
    // The iterator keeps a shallow copy of the UText, which points into `text`: point it
    // at a text that outlives every call before `text` goes away.
    static const icu::UnicodeString kNoText;
    breaker->setText(kNoText);
    utext_close(utext);
    return result;
}

bool is_letter(char32_t code_point) { return u_isalpha(static_cast<UChar32>(code_point)); }

char32_t lower_case(char32_t code_point) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(code_point))); }

std::optional<std::string> encoded_in(std::string_view utf8, const std::string& charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(charset.c_str(), &status);
    if (U_FAILURE(status)) return std::nullopt;
    // Stop at a character the charset lacks instead of writing a substitute.
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::string encoded(static_cast<std::size_t>(text.length()) * 4 + 4, '\0');
    const int32_t length = ucnv_fromUChars(converter, encoded.data(), static_cast<int32_t>(encoded.size()), text.getBuffer(),
                                           text.length(), &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) return std::nullopt;
    encoded.resize(static_cast<std::size_t>(length));
    return encoded;
}

std::string format_count(long long value, std::string_view lang) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::number::FormattedNumber formatted = number_formatters_for(lang).count.formatInt(value, status);
    const icu::UnicodeString text = formatted.toString(status);
    return U_SUCCESS(status) ? utf8_of(text) : std::to_string(value);
}

std::string format_percent(double percent, std::string_view lang) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::number::FormattedNumber formatted = number_formatters_for(lang).percent.formatDouble(percent, status);
    const icu::UnicodeString text = formatted.toString(status);
    return U_SUCCESS(status) ? utf8_of(text) : std::to_string(percent) + "%";
}

}  // namespace brochure
