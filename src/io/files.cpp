#include "io/files.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

namespace brochure {

namespace {

std::string reason_from_errno(std::string_view action) {
    return fmt::format("{}: {}", action, std::strerror(errno));
}

// --- Temporary files the signal handlers must remove -----------------------------------
// A few fixed slots, so that a signal handler can read them without locks or allocation:
// a slot's path is written while it is `claimed` and only read once it is `active`.

constexpr int kSlotFree = 0;
constexpr int kSlotClaimed = 1;
constexpr int kSlotActive = 2;

struct TemporarySlot {
    std::atomic<int> state{kSlotFree};
    char path[4096] = {};
};

std::array<TemporarySlot, 8> temporary_slots;
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");

// Returns the slot now holding `path`, or nullptr when every slot is busy or the path is
// too long (then that temporary is simply not removed on a signal).
TemporarySlot* register_temporary(const std::string& path) {
    if (path.size() >= sizeof(TemporarySlot::path)) return nullptr;
    for (TemporarySlot& slot : temporary_slots) {
        int expected = kSlotFree;
        if (!slot.state.compare_exchange_strong(expected, kSlotClaimed)) continue;
        std::memcpy(slot.path, path.c_str(), path.size() + 1);
        slot.state.store(kSlotActive);
        return &slot;
    }
    return nullptr;
}

void unregister_temporary(TemporarySlot* slot) {
    if (slot != nullptr) slot->state.store(kSlotFree);
}

extern "C" void remove_temporaries_and_reraise(int signal_number) {
    for (TemporarySlot& slot : temporary_slots)
        if (slot.state.load() == kSlotActive) ::unlink(slot.path);
    // SA_RESETHAND restored the default action; it runs once this handler returns.
    ::raise(signal_number);
}

// --- Atomic writes ---------------------------------------------------------------------

// The permissions a newly created file gets from open(2) with 0666: mkstemp makes 0600.
mode_t mode_for_new_files() {
    // umask can only be read by setting it; done once, before any write needs it.
    static const mode_t mode = [] {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        return static_cast<mode_t>(0666 & ~mask);
    }();
    return mode;
}

std::string write_all(int fd, const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t count = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (count < 0) {
            if (errno == EINTR) continue;
            return reason_from_errno("cannot write the temporary file");
        }
        written += static_cast<std::size_t>(count);
    }
    return {};
}

// Fills, flushes and closes `fd` (always closed), then renames `temporary` over `path`.
std::string finish_temporary(int fd, const std::string& temporary, const std::string& path,
                             const std::string& bytes) {
    std::string reason;
    if (::fchmod(fd, mode_for_new_files()) != 0)
        reason = reason_from_errno("cannot set the permissions of the temporary file");
    if (reason.empty()) reason = write_all(fd, bytes);
    if (reason.empty() && ::fsync(fd) != 0)
        reason = reason_from_errno("cannot flush the temporary file");
    if (::close(fd) != 0 && reason.empty())
        reason = reason_from_errno("cannot close the temporary file");
    if (reason.empty() && ::rename(temporary.c_str(), path.c_str()) != 0)
        reason = reason_from_errno("cannot replace the file");
    return reason;
}

}  // namespace

ReadResult read_file(const std::string& path, std::size_t max_bytes) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever,
    // before fstat could refuse it. A regular file reads the same either way.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return {{}, reason_from_errno("cannot open")};
    ReadResult result;
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        result.error = reason_from_errno("cannot examine");
    } else if (S_ISDIR(info.st_mode)) {
        result.error = "is a directory";
    } else if (!S_ISREG(info.st_mode)) {
        result.error = "is not a regular file";
    } else if (static_cast<std::size_t>(info.st_size) > max_bytes) {
        result.error = fmt::format("is {} bytes, over the limit of {} bytes", info.st_size, max_bytes);
    } else {
        result.bytes.resize(static_cast<std::size_t>(info.st_size));
        std::size_t filled = 0;
        while (result.error.empty()) {
            // One byte more than expected is read to notice a file that grew meanwhile.
            if (filled == result.bytes.size()) result.bytes.resize(filled + 1);
            const ssize_t count =
                ::read(fd, result.bytes.data() + filled, result.bytes.size() - filled);
            if (count < 0 && errno == EINTR) continue;
            if (count < 0) result.error = reason_from_errno("cannot read");
            if (count <= 0) break;
            filled += static_cast<std::size_t>(count);
            if (filled > max_bytes)
                result.error = fmt::format("grew over the limit of {} bytes while being read", max_bytes);
        }
        result.bytes.resize(filled);
    }
    ::close(fd);
    if (!result.ok()) result.bytes.clear();
    return result;
}

std::string write_file_atomically(const std::string& path, const std::string& bytes) {
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash + 1);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name.empty()) return "names a folder, not a file";

    std::string temporary = (slash == std::string::npos ? std::string() : folder) + "." + name + ".XXXXXX";
    // SIGINT and SIGTERM wait while the temporary is created and registered: a signal in
    // between would leave a file the handler does not know about.
    sigset_t cleanup_signals, previous;
    sigemptyset(&cleanup_signals);
    sigaddset(&cleanup_signals, SIGINT);
    sigaddset(&cleanup_signals, SIGTERM);
    ::pthread_sigmask(SIG_BLOCK, &cleanup_signals, &previous);
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    const int create_errno = errno;
    TemporarySlot* slot = fd < 0 ? nullptr : register_temporary(temporary);
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (fd < 0) {
        errno = create_errno;
        return reason_from_errno("cannot create a temporary file in " + folder);
    }

    const std::string reason = finish_temporary(fd, temporary, path, bytes);
    if (!reason.empty()) ::unlink(temporary.c_str());
    unregister_temporary(slot);
    return reason;
}

void install_cleanup_on_signals() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (int signal_number : {SIGINT, SIGTERM}) ::sigaction(signal_number, &action, nullptr);
}

}  // namespace brochure
