#include "support/child_process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <map>
#include <stdexcept>
#include <thread>

#include "support/files.hpp"

extern char** environ;

namespace brochure::test {

namespace {

// The test's environment with `changes` applied, as posix_spawn wants it.
std::vector<std::string> merged_environment(const std::vector<std::string>& changes) {
    std::map<std::string, std::string> by_name;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string setting = *entry;
        by_name[setting.substr(0, setting.find('='))] = setting;
    }
    for (const std::string& setting : changes) by_name[setting.substr(0, setting.find('='))] = setting;
    std::vector<std::string> merged;
    for (const auto& [name, setting] : by_name) merged.push_back(setting);
    return merged;
}

std::vector<char*> c_strings(std::vector<std::string>& words) {
    std::vector<char*> pointers;
    for (std::string& word : words) pointers.push_back(word.data());
    pointers.push_back(nullptr);
    return pointers;
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const std::vector<std::string>& environment)
    : capture_("child") {
    if (argv.empty()) throw std::invalid_argument("ChildProcess: no program given");
    const std::string out_path = (capture_.path() / "stdout").string();
    const std::string err_path = (capture_.path() / "stderr").string();

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    std::vector<std::string> arguments = argv;
    std::vector<std::string> settings = merged_environment(environment);
    std::vector<char*> argument_pointers = c_strings(arguments);
    std::vector<char*> setting_pointers = c_strings(settings);
    started_ = std::chrono::steady_clock::now();
    const int error = posix_spawn(&pid_, argument_pointers[0], &actions, nullptr, argument_pointers.data(),
                                  setting_pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        pid_ = -1;
        throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(error));
    }
}

ChildProcess::~ChildProcess() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
}

std::string ChildProcess::err_so_far() const { return read_bytes(capture_.path() / "stderr"); }

bool ChildProcess::wait_for_err(const std::string& text, std::size_t count, std::chrono::milliseconds limit) const {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    for (;;) {
        const std::string err = err_so_far();
        std::size_t seen = 0;
        for (std::size_t at = err.find(text); at != std::string::npos; at = err.find(text, at + text.size())) ++seen;
        if (seen >= count) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

void ChildProcess::send_signal(int signal_number) {
    // Until it is reaped the pid cannot be reused, so this never hits another process.
    if (pid_ > 0) ::kill(pid_, signal_number);
}

ChildOutcome ChildProcess::wait(std::chrono::milliseconds limit) {
    if (pid_ <= 0) throw std::logic_error("ChildProcess::wait: the child was already waited for");
    ChildOutcome outcome;
    const auto deadline = started_ + limit;
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(pid_, &status, WNOHANG);
        if (done == pid_) break;
        if (done < 0 && errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
        if (std::chrono::steady_clock::now() >= deadline) {
            outcome.timed_out = true;
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    pid_ = -1;
    outcome.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started_);
    if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
    outcome.err = read_bytes(capture_.path() / "stderr");
    return outcome;
}

ChildOutcome run_with_time_limit(const std::vector<std::string>& argv, std::chrono::milliseconds limit,
                                 const std::vector<std::string>& environment) {
    ChildProcess child(argv, environment);
    return child.wait(limit);
}

}  // namespace brochure::test
