#pragma once
// The terminal side of a batch: each profile's diagnostics printed as one block (gcc-style,
// JSON Lines or GitHub workflow commands) as soon as it finishes, and the progress kept up
// to date. SARIF, one log for the batch, is written by the caller at the end.

#include "batch/batch_progress.hpp"
#include "batch/run_batch.hpp"
#include "report/diagnostic_style.hpp"

namespace brochure {

class ConsoleObserver final : public BatchObserver {
public:
    /// Prints diagnostics through `progress` (not owned), which must outlive the observer;
    /// with `failures_only`, only those of profiles that failed; in `style`.
    ConsoleObserver(BatchProgress& progress, bool failures_only, DiagnosticStyle style)
        : progress_(progress), failures_only_(failures_only), style_(style) {}

    void profile_finished(const BatchResult& result, std::size_t finished) override;

private:
    BatchProgress& progress_;
    bool failures_only_;
    DiagnosticStyle style_;
};

}  // namespace brochure
