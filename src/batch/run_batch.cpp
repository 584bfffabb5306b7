#include "batch/run_batch.hpp"

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <thread>

#include "batch/batch_summary.hpp"
#include "batch/build_cache.hpp"
#include "pipeline/load_images.hpp"
#include "io/files.hpp"

namespace brochure {

namespace {

BatchStatus status_from(ProfileStatus status) {
    switch (status) {
        case ProfileStatus::ok: return BatchStatus::rendered;
        case ProfileStatus::invalid_input: return BatchStatus::invalid_input;
        case ProfileStatus::io_error: return BatchStatus::io_error;
    }
    return BatchStatus::io_error;
}

// Brings one profile's PDF up to date, rendering it unless its record says it already is;
// `source_text` receives the profile's bytes when it was loaded.
BatchResult bring_up_to_date(const BatchInput& input, const BatchSettings& settings, std::string& source_text) {
    BatchResult result;
    result.input = input;
    const std::string record = cache_record_path(settings.out_dir, input);
    std::error_code ignored;
    if (!settings.force && std::filesystem::exists(record, ignored)) {
        // An unreadable profile has no key: render_profile_file reports why it cannot be read.
        const ReadResult profile = read_file(input.profile_path, kMaxProfileBytes);
        const std::string key =
            profile.ok() ? profile_key(settings.run_key, profile.bytes,
                                       image_file_hashes(input.profile_path, profile.bytes, settings.render.assets_root))
                         : std::string();
        if (!key.empty() && is_up_to_date(record, input.output_path, key)) {
            result.status = BatchStatus::skipped;
            result.pdf_bytes = static_cast<std::size_t>(std::filesystem::file_size(input.output_path, ignored));
            return result;
        }
    }

    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(input.output_path).parent_path(), error);
    if (error) {
        result.status = BatchStatus::io_error;
        result.diagnostics.push_back(Diagnostic{Severity::error, input.output_path, {},
                                                "cannot create its folder: " + error.message(), {},
                                                Rule::input_output});
        return result;
    }
    ProfileOutcome outcome = render_profile_file(input.profile_path, input.output_path, settings.render);
    result.status = status_from(outcome.status);
    // The key of the bytes this render read (not those checked above, which may have
    // changed since), without reading and parsing the profile and its images again.
    const std::string key = result.status == BatchStatus::rendered
                                ? profile_key(settings.run_key, outcome.source_text, outcome.image_file_hashes)
                                : std::string();
    result.diagnostics = std::move(outcome.diagnostics);
    source_text = std::move(outcome.source_text);
    result.pdf_bytes = outcome.pdf_bytes;
    if (!key.empty()) {
        const std::string reason = record_build(record, input.output_path, key);
        if (!reason.empty())
            result.diagnostics.push_back(Diagnostic{Severity::warning, input.output_path, {},
                                                    "the next build cannot skip it: " + reason, {},
                                                    Rule::input_output});
    }
    return result;
}

BatchResult build_one(const BatchInput& input, const BatchSettings& settings) {
    std::string source_text;
    BatchResult result;
    try {
        result = bring_up_to_date(input, settings, source_text);
    } catch (const std::exception& error) {
        // A bug met on one profile (out of memory included) fails that profile alone.
        result = BatchResult{};
        result.input = input;
        result.status = BatchStatus::io_error;
        result.diagnostics.push_back(
            Diagnostic{Severity::error, input.profile_path, {}, std::string("internal error: ") + error.what(), {},
                       Rule::internal_error});
    }
    // Formatted once, so the profile's source need not be kept for the reports.
    result.printed = format_diagnostics(result.diagnostics, source_text);
    return result;
}

// glibc keeps the pages of its heap that a render freed resident, and the megabytes each
// profile allocates and frees leave its heap fragmented: a 1000-profile batch held 0.7 MB
// more than the peak of what it allocated. Handing free pages back (malloc_trim) after
// every eighth profile keeps that away for 0.1 ms a brochure of pages faulted in again;
// after every profile it cost 0.35 ms.
constexpr std::size_t kProfilesBetweenTrims = 8;

}  // namespace

std::vector<BatchResult> run_batch(const std::vector<BatchInput>& inputs, const BatchSettings& settings,
                                   BatchObserver& observer) {
    std::vector<BatchResult> results(inputs.size());
    std::atomic<std::size_t> next{0};
    std::mutex observer_mutex;
    std::size_t finished = 0;          // guarded by observer_mutex
    std::exception_ptr first_failure;  // a bug in some thread, guarded by observer_mutex
    auto work = [&] {
        try {
            for (std::size_t index = next++; index < inputs.size(); index = next++) {
                const auto start = std::chrono::steady_clock::now();
                BatchResult result = build_one(inputs[index], settings);
                result.milliseconds =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                result.warnings = warning_count(result.diagnostics);
                bool trim = false;
                {
                    std::lock_guard lock(observer_mutex);
                    results[index] = std::move(result);
                    observer.profile_finished(results[index], ++finished);
                    if (!settings.keep_diagnostics) {
                        std::vector<Diagnostic>().swap(results[index].diagnostics);
                        std::string().swap(results[index].printed);
                    }
                    trim = finished % kProfilesBetweenTrims == 1;
                }
                if (trim) malloc_trim(0);
            }
        } catch (...) {
            next = inputs.size();  // the others stop after their current profile
            std::lock_guard lock(observer_mutex);
            if (!first_failure) first_failure = std::current_exception();
        }
    };
    const std::size_t threads = std::min<std::size_t>(std::max(1u, settings.jobs), inputs.size());
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < threads; ++i) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();
    if (first_failure) std::rethrow_exception(first_failure);
    return results;
}

}  // namespace brochure
