#pragma once
// Rendering the profiles of a batch on several threads, skipping those whose PDF is up
// to date. Prints nothing: each finished profile is handed to an observer, one at a time.

#include <cstddef>
#include <string>
#include <vector>

#include "batch/batch_input.hpp"
#include "pipeline/render_profile.hpp"

namespace brochure {

/// How a batch is run. `render` is built once per process and shared by every thread.
struct BatchSettings {
    RenderSettings render;
    std::string out_dir;
    std::string run_key;    ///< from run_key(); together with a profile's bytes it decides whether to skip
    unsigned jobs = 1;      ///< threads rendering at once, at least 1
    bool force = false;     ///< render every profile even when its PDF is up to date
    /// False: each result's diagnostics and their printed text are let go once the
    /// observer has seen them (only `warnings` stays), when no report will ask for them;
    /// a batch of many thousands then holds kilobytes, not megabytes, of them.
    bool keep_diagnostics = true;
};

/// How one profile of a batch fared.
enum class BatchStatus { rendered, skipped, invalid_input, io_error };

struct BatchResult {
    BatchInput input;
    BatchStatus status = BatchStatus::rendered;
    std::vector<Diagnostic> diagnostics;  ///< as render_profile_file reports them
    std::string printed;                  ///< the diagnostics as format_diagnostic prints them, with source lines
    std::size_t warnings = 0;             ///< how many of the diagnostics are warnings
    std::size_t pdf_bytes = 0;            ///< size of the PDF written, or of the one kept when skipped
    double milliseconds = 0;              ///< wall time spent on this profile
};

/// Told of each profile as it finishes. Calls never overlap, so an observer needs no
/// locking of its own; they come from the worker threads.
class BatchObserver {
public:
    virtual ~BatchObserver() = default;
    /// `result` has just finished; `finished` profiles of the batch are done so far.
    virtual void profile_finished(const BatchResult& result, std::size_t finished) = 0;
};

/// Renders every input with `settings.jobs` threads and returns one result per input,
/// in the order of `inputs`. A failed profile never stops the others.
std::vector<BatchResult> run_batch(const std::vector<BatchInput>& inputs, const BatchSettings& settings,
                                   BatchObserver& observer);

}  // namespace brochure
