#include "batch/console_observer.hpp"

#include "batch/batch_summary.hpp"

namespace brochure {

void ConsoleObserver::profile_finished(const BatchResult& result, std::size_t finished) {
    if (!result.printed.empty() && (!failures_only_ || is_failure(result.status))) progress_.print_above(result.printed);
    progress_.update(finished);
}

}  // namespace brochure
