#include "image/svg_worker_client.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "io/installed_data.hpp"

extern char** environ;

namespace brochure {

namespace {

using Clock = std::chrono::steady_clock;

// Long enough for librsvg to draw any SVG that passes the size limits at the sizes a page
// asks for; short enough that a document written to keep it busy cannot hang a batch.
constexpr std::chrono::seconds kSharedPatience{30};

std::string shared_worker_path() {
    const std::string installed = installed_program_path("brochure-svg");
    return installed.empty() ? BROCHURE_BUILT_SVG_WORKER : installed;
}

// Waits until `channel` can be read or written, up to `deadline`; false on time out.
bool wait_for(int channel, short events, Clock::time_point deadline) {
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return false;
        pollfd watched{channel, events, 0};
        const int ready = ::poll(&watched, 1, static_cast<int>(left));
        if (ready > 0) return true;
        if (ready < 0 && errno != EINTR) return true;  // the read or write that follows says what failed
    }
}

enum class Transfer { done, timed_out, ended };

Transfer send_all(int channel, const char* bytes, std::size_t size, Clock::time_point deadline) {
    while (size > 0) {
        if (!wait_for(channel, POLLOUT, deadline)) return Transfer::timed_out;
        const ssize_t put = ::send(channel, bytes, size, MSG_NOSIGNAL);
        if (put < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (put <= 0) return Transfer::ended;
        bytes += put;
        size -= static_cast<std::size_t>(put);
    }
    return Transfer::done;
}

Transfer receive_all(int channel, char* bytes, std::size_t size, Clock::time_point deadline) {
    while (size > 0) {
        if (!wait_for(channel, POLLIN, deadline)) return Transfer::timed_out;
        const ssize_t got = ::recv(channel, bytes, size, 0);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (got <= 0) return Transfer::ended;
        bytes += got;
        size -= static_cast<std::size_t>(got);
    }
    return Transfer::done;
}

}  // namespace

SvgWorkerClient::SvgWorkerClient(std::string executable, std::chrono::milliseconds patience)
    : executable_(std::move(executable)), patience_(patience) {}

SvgWorkerClient::~SvgWorkerClient() {
    if (process_ < 0) return;
    // The worker ends when its input does; it is never left running, nor unreaped. One
    // started ahead and never asked anything may still be loading its libraries: it is
    // not waited for.
    if (!asked_) ::kill(process_, SIGKILL);
    ::close(channel_);
    channel_ = -1;
    int status = 0;
    while (::waitpid(process_, &status, 0) < 0 && errno == EINTR) {}
}

void SvgWorkerClient::start_ahead() {
    const std::lock_guard<std::mutex> lock(mutex_);
    std::string ignored;
    if (process_ < 0) start(ignored);
}

SvgWorkerClient& SvgWorkerClient::shared() {
    static SvgWorkerClient client(shared_worker_path(), kSharedPatience);
    return client;
}

bool SvgWorkerClient::start(std::string& error) {
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
        error = fmt::format("cannot draw SVG files: no socket for the SVG worker ({})", std::strerror(errno));
        return false;
    }
    // The worker's end becomes its standard input; one that already is fd 0, 1 or 2 (a
    // brochure started with those closed) is moved out of the way first.
    int worker_end = ends[1];
    int failed = 0;
    if (worker_end <= STDERR_FILENO) {
        worker_end = ::fcntl(ends[1], F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
        if (worker_end < 0) failed = errno;
        ::close(ends[1]);
    }
    pid_t process = -1;
    if (failed == 0) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, worker_end, STDIN_FILENO);
        // Nothing librsvg prints may reach brochure's output, which may be the PDF itself.
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        char* const arguments[] = {executable_.data(), nullptr};
        failed = ::posix_spawn(&process, executable_.c_str(), &actions, nullptr, arguments, environ);
        posix_spawn_file_actions_destroy(&actions);
    }
    if (worker_end >= 0) ::close(worker_end);
    if (failed != 0) {
        ::close(ends[0]);
        error = fmt::format("cannot draw SVG files: the SVG worker {} did not start ({})", executable_,
                            std::strerror(failed));
        return false;
    }
    channel_ = ends[0];
    process_ = process;
    asked_ = false;
    return true;
}

std::string SvgWorkerClient::stop() {
    ::close(channel_);
    channel_ = -1;
    int status = 0;
    // Reaped at once if it ended by itself; killed if it still runs.
    pid_t reaped = ::waitpid(process_, &status, WNOHANG);
    std::string how;
    if (reaped == 0) {
        ::kill(process_, SIGKILL);
        while ((reaped = ::waitpid(process_, &status, 0)) < 0 && errno == EINTR) {}
    }
    if (reaped == process_ && WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
        how = fmt::format(" (it stopped on signal {}: {})", WTERMSIG(status), strsignal(WTERMSIG(status)));
    else if (reaped == process_ && WIFEXITED(status))
        how = fmt::format(" (it exited with status {})", WEXITSTATUS(status));
    process_ = -1;
    return how;
}

bool SvgWorkerClient::exchange(const svg_worker::Request& request, std::string_view document,
                               std::uint64_t expected_length, svg_worker::Reply& reply, std::string& payload,
                               std::string& error) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (process_ < 0 && !start(error)) return false;
    asked_ = true;
    const Clock::time_point deadline = Clock::now() + patience_;
    Transfer transfer = send_all(channel_, reinterpret_cast<const char*>(&request), sizeof request, deadline);
    if (transfer == Transfer::done) transfer = send_all(channel_, document.data(), document.size(), deadline);
    if (transfer == Transfer::done)
        transfer = receive_all(channel_, reinterpret_cast<char*>(&reply), sizeof reply, deadline);
    bool well_formed = true;
    if (transfer == Transfer::done) {
        const bool refused = reply.status == svg_worker::Status::refused;
        well_formed = (refused && reply.length <= svg_worker::kMaxReasonBytes) ||
                      (reply.status == svg_worker::Status::ok && reply.length == expected_length);
        if (well_formed) {
            payload.resize(reply.length);
            transfer = receive_all(channel_, payload.data(), payload.size(), deadline);
        }
    }
    if (transfer == Transfer::done && well_formed) return true;
    const std::string how = stop();
    if (transfer == Transfer::timed_out)
        error = fmt::format("the SVG took more than {} s to read or draw, and was given up",
                            std::chrono::duration<double>(patience_).count());
    else if (!well_formed)
        error = fmt::format("the SVG worker {} answered out of turn{}", executable_, how);
    else
        error = fmt::format("the SVG worker {} ended while reading or drawing the SVG{}", executable_, how);
    return false;
}

std::optional<SvgWorkerClient::Size> SvgWorkerClient::measure(std::string_view document, std::string& error) {
    if (std::optional<Size> size = remembered_size(document)) return size;
    const svg_worker::Request request{svg_worker::Operation::measure, 0, 0, 0, document.size()};
    svg_worker::Reply reply{};
    std::string payload;
    if (!exchange(request, document, 0, reply, payload, error)) return std::nullopt;
    if (reply.status == svg_worker::Status::refused) {
        error = payload;
        return std::nullopt;
    }
    const Size size{reply.width, reply.height};
    remember_size(document, size);
    return size;
}

std::optional<SvgWorkerClient::Size> SvgWorkerClient::remembered_size(std::string_view document) {
    const std::lock_guard<std::mutex> lock(measured_mutex_);
    const auto found = measured_.find(document);
    if (found == measured_.end()) return std::nullopt;
    return found->second;
}

void SvgWorkerClient::remember_size(std::string_view document, Size size) {
    if (document.size() > kRememberedDocumentBytes) return;
    const std::lock_guard<std::mutex> lock(measured_mutex_);
    if (!measured_.emplace(std::string(document), size).second) return;  // another thread measured it too
    measured_order_.emplace_back(document);
    if (measured_order_.size() > kRememberedSizes) {
        measured_.erase(measured_order_.front());
        measured_order_.pop_front();
    }
}

std::string SvgWorkerClient::draw(std::string_view document, int width, int height, std::string& error) {
    const svg_worker::Request request{svg_worker::Operation::draw, static_cast<std::uint32_t>(width),
                                      static_cast<std::uint32_t>(height), 0, document.size()};
    const std::uint64_t samples = 4ULL * static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height);
    svg_worker::Reply reply{};
    std::string payload;
    if (!exchange(request, document, samples, reply, payload, error)) return {};
    if (reply.status == svg_worker::Status::refused) {
        error = payload;
        return {};
    }
    return payload;
}

}  // namespace brochure
