#include "io/file_watcher.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace brochure {

namespace {

// What editors do to a file when they save it: write it in place, or create, move or
// delete and recreate it.
constexpr std::uint32_t kChangeEvents =
    IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;

sigset_t interrupt_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    return signals;
}

}  // namespace

FileWatcher::FileWatcher() {
    inotify_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (inotify_ < 0) {
        error_ = std::string("cannot watch files: ") + std::strerror(errno);
        return;
    }
    const sigset_t signals = interrupt_signals();
    ::sigprocmask(SIG_BLOCK, &signals, nullptr);
    signals_ = ::signalfd(-1, &signals, SFD_NONBLOCK | SFD_CLOEXEC);
    if (signals_ < 0) error_ = std::string("cannot wait for Ctrl-C: ") + std::strerror(errno);
}

FileWatcher::~FileWatcher() {
    if (inotify_ >= 0) ::close(inotify_);
    if (signals_ >= 0) ::close(signals_);
    const sigset_t signals = interrupt_signals();
    ::sigprocmask(SIG_UNBLOCK, &signals, nullptr);
}

bool FileWatcher::watch(const std::vector<std::string>& files) {
    for (const WatchedFolder& folder : folders_) ::inotify_rm_watch(inotify_, folder.descriptor);
    folders_.clear();
    for (const std::string& file : files) {
        const std::filesystem::path path(file);
        const std::string folder = path.has_parent_path() ? path.parent_path().string() : ".";
        const int descriptor = ::inotify_add_watch(inotify_, folder.c_str(), kChangeEvents);
        if (descriptor < 0) {
            error_ = "cannot watch the folder " + folder + ": " + std::strerror(errno);
            return false;
        }
        // inotify gives one descriptor per folder, however often it is added.
        auto watched = std::find_if(folders_.begin(), folders_.end(),
                                    [&](const WatchedFolder& f) { return f.descriptor == descriptor; });
        if (watched == folders_.end()) watched = folders_.insert(folders_.end(), WatchedFolder{descriptor, {}});
        watched->names.push_back(path.filename().string());
    }
    return true;
}

bool FileWatcher::concerns_watched_file(int watch_descriptor, const std::string& name) const {
    for (const WatchedFolder& folder : folders_)
        if (folder.descriptor == watch_descriptor)
            return std::find(folder.names.begin(), folder.names.end(), name) != folder.names.end();
    return false;
}

FileWatcher::Event FileWatcher::wait(std::chrono::milliseconds quiet) {
    if (!error_.empty()) return Event::failed;
    bool changed = false;
    for (;;) {
        std::array<pollfd, 2> sources{pollfd{inotify_, POLLIN, 0}, pollfd{signals_, POLLIN, 0}};
        // Before the first change, wait as long as it takes; after it, only until quiet.
        const int timeout = changed ? static_cast<int>(quiet.count()) : -1;
        const int ready = ::poll(sources.data(), sources.size(), timeout);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) {
            error_ = std::string("cannot wait for changes: ") + std::strerror(errno);
            return Event::failed;
        }
        if (sources[1].revents & POLLIN) {
            // Taken, so that it is not delivered again when the signals are unblocked.
            signalfd_siginfo taken{};
            while (::read(signals_, &taken, sizeof taken) == static_cast<ssize_t>(sizeof taken)) {
            }
            return Event::interrupted;
        }
        if (ready == 0) return Event::changed;  // quiet for long enough after a change
        alignas(inotify_event) char buffer[16 * 1024];
        for (;;) {
            const ssize_t length = ::read(inotify_, buffer, sizeof buffer);
            if (length <= 0) break;
            for (ssize_t offset = 0; offset < length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
                const std::string name = event->len > 0 ? std::string(event->name) : std::string();
                changed = changed || (event->mask & IN_Q_OVERFLOW) != 0 || concerns_watched_file(event->wd, name);
                offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            }
        }
    }
}

}  // namespace brochure
