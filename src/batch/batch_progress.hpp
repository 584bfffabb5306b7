#pragma once
// Progress of a batch on stderr: a live bar on a terminal, a plain line every few
// seconds in a CI log, or nothing. Not thread-safe: call it from a BatchObserver.

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace brochure {

class BatchProgress {
public:
    enum class Style {
        bar,    ///< one line redrawn in place (a terminal)
        lines,  ///< a new line every few seconds (a log file)
        none,   ///< silent
    };

    /// Reports on `out` (not owned) the progress of `total` profiles, timed from now.
    BatchProgress(std::FILE* out, Style style, std::size_t total);

    /// Notes that `finished` profiles are done; redraws when due.
    void update(std::size_t finished);

    /// Prints `text` (whole lines) so that the bar is neither torn nor lost.
    void print_above(const std::string& text);

    /// Removes the bar, leaving the line clear for the summary.
    void finish();

private:
    using Clock = std::chrono::steady_clock;

    std::string status_text() const;
    void draw_bar();

    std::FILE* out_;
    Style style_;
    std::size_t total_;
    std::size_t finished_ = 0;
    Clock::time_point start_;
    Clock::time_point last_drawn_;
    bool bar_shown_ = false;
};

}  // namespace brochure
