#include "layout/break_opportunities.hpp"

#include <mutex>
#include <string>

#include <linebreak.h>

namespace brochure {

std::vector<BreakAfter> line_break_opportunities(std::string_view text, std::string_view lang) {
    // The library builds its lookup index once; later calls only read it.
    static std::once_flag initialised;
    std::call_once(initialised, init_linebreak);

    std::vector<BreakAfter> result(text.size(), BreakAfter::none);
    if (text.empty()) return result;
    std::vector<char> codes(text.size());
    const std::string language(lang);  // the library wants a NUL-terminated tag
    set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text.data()), text.size(), language.c_str(), codes.data());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (codes[i] == LINEBREAK_MUSTBREAK) result[i] = BreakAfter::mandatory;
        else if (codes[i] == LINEBREAK_ALLOWBREAK) result[i] = BreakAfter::allowed;
    }
    return result;
}

}  // namespace brochure
