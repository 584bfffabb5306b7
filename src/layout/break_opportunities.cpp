#include "layout/break_opportunities.hpp"

#include <map>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace brochure {

namespace {

// ICU's UAX #14 line breaker. It accepts every scalar value (and replaces ill-formed
// UTF-8 with U+FFFD), so no input text can reach an assertion. Creating one loads and
// compiles its rules, so each thread keeps one per language and only resets its text.
icu::BreakIterator* line_breaker_for(const std::string& lang) {
    thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> breakers;
    auto found = breakers.find(lang);
    if (found != breakers.end()) return found->second.get();
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
    if (U_FAILURE(status) || locale.isBogus()) {
        status = U_ZERO_ERROR;
        locale = icu::Locale::getRoot();
    }
    std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createLineInstance(locale, status));
    if (U_FAILURE(status) || !breaker) {
        // The root rules are part of ICU's data; without them nothing breaks.
        status = U_ZERO_ERROR;
        breaker.reset(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) breaker.reset();
    }
    return breakers.emplace(lang, std::move(breaker)).first->second.get();
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

}  // namespace brochure
