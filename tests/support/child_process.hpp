#pragma once
// A program run as a child process the test controls: it can be sent signals while it
// runs and is killed when it outlives a time limit, so a hang fails a test instead of
// stalling the suite.

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace brochure::test {

/// How a child process ended.
struct ChildOutcome {
    bool timed_out = false;  ///< it outlived the limit and was killed with SIGKILL
    int exit_code = -1;      ///< its exit status when it exited, else -1
    int signal = 0;          ///< the signal that ended it, 0 when it exited
    std::string err;         ///< everything it wrote to stderr
    std::chrono::milliseconds elapsed{0};  ///< from start to end (or to the kill)
};

class ChildProcess {
public:
    /// Starts `argv` with stdin from /dev/null and stdout and stderr captured in a private
    /// folder. `environment` holds NAME=value settings added to (or replacing those of) the
    /// test's own environment. Throws std::runtime_error when it cannot be started.
    explicit ChildProcess(const std::vector<std::string>& argv,
                          const std::vector<std::string>& environment = {});
    /// Kills and reaps the child if it is still running.
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// Sends `signal_number` to the child; harmless once it has exited but not been waited for.
    void send_signal(int signal_number);

    /// What the child has written to stderr so far.
    std::string err_so_far() const;

    /// Waits until the child's stderr holds `count` occurrences of `text`, polling every
    /// few milliseconds, at most `limit`; false when it does not come in time.
    bool wait_for_err(const std::string& text, std::size_t count, std::chrono::milliseconds limit) const;

    /// Waits for the child to end, at most `limit`; then kills it and reports timed_out.
    ChildOutcome wait(std::chrono::milliseconds limit);

private:
    TempDir capture_;
    pid_t pid_ = -1;
    std::chrono::steady_clock::time_point started_;
};

/// Runs `argv` to its end, killing it after `limit`.
ChildOutcome run_with_time_limit(const std::vector<std::string>& argv, std::chrono::milliseconds limit,
                                 const std::vector<std::string>& environment = {});

}  // namespace brochure::test
