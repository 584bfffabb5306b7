#pragma once
// The terminal side of a batch: each profile's diagnostics printed gcc-style as one
// block as soon as it finishes, and the progress kept up to date.

#include "batch/batch_progress.hpp"
#include "batch/run_batch.hpp"

namespace brochure {

class ConsoleObserver final : public BatchObserver {
public:
    /// Prints diagnostics through `progress` (not owned), which must outlive the observer;
    /// with `failures_only`, only those of profiles that failed.
    ConsoleObserver(BatchProgress& progress, bool failures_only)
        : progress_(progress), failures_only_(failures_only) {}

    void profile_finished(const BatchResult& result, std::size_t finished) override;

private:
    BatchProgress& progress_;
    bool failures_only_;
};

}  // namespace brochure
