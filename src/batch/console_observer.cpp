#include "batch/console_observer.hpp"

#include "batch/batch_summary.hpp"

namespace brochure {

void ConsoleObserver::profile_finished(const BatchResult& result, std::size_t finished) {
    if (failures_only_ && !is_failure(result.status)) {
        progress_.update(finished);
        return;
    }
    // The text was formatted with the profile's source lines, which are not kept.
    const std::string shown =
        style_ == DiagnosticStyle::text ? result.printed : formatted_diagnostics(style_, result.diagnostics, {});
    if (!shown.empty()) progress_.print_above(shown);
    progress_.update(finished);
}

}  // namespace brochure
