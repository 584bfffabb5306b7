#include "batch/console_observer.hpp"

#include "batch/batch_summary.hpp"

namespace brochure {

void ConsoleObserver::profile_finished(const BatchResult& result, std::size_t finished) {
    std::string text;
    if (!failures_only_ || is_failure(result.status))
        for (const Diagnostic& diagnostic : result.diagnostics) text += format_diagnostic(diagnostic, result.source_text);
    if (!text.empty()) progress_.print_above(text);
    progress_.update(finished);
}

}  // namespace brochure
