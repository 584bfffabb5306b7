#include "io/files.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <ctime>
#include <cstring>

namespace brochure {

namespace {

std::string reason_from_errno(std::string_view action) {
    return fmt::format("{}: {}", action, std::strerror(errno));
}

// --- Temporary files the signal handlers must remove -----------------------------------
// A list that only grows, so that a signal handler can walk it without locks or
// allocation: an entry is linked in fully formed and never unlinked or freed, and is
// reused once released. A process has as many entries as it ever had writes at once.

constexpr int kEntryFree = 0;
constexpr int kEntryClaimed = 1;
constexpr int kEntryActive = 2;

struct TemporaryEntry {
    std::atomic<int> state{kEntryClaimed};
    char path[PATH_MAX] = {};
    TemporaryEntry* next = nullptr;  ///< set before the entry is linked in, never changed after
};

std::atomic<TemporaryEntry*> temporaries{nullptr};

// A signal is delivered to any thread that does not block it, so blocking it on the
// thread that creates a temporary is not enough: the handler, on another thread, waits
// for every creation under way to be registered, and once it has begun, no new one starts.
std::atomic<int> creations_under_way{0};
std::atomic<bool> cleaning_up{false};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");
static_assert(std::atomic<TemporaryEntry*>::is_always_lock_free, "the signal handler needs lock-free atomics");

// The signals whose default action ends the process, and which therefore must first
// remove the temporaries.
constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};

// Records `path` (shorter than PATH_MAX: the system refuses longer ones anyway) for the
// signal handlers; call with the cleanup signals blocked.
TemporaryEntry* register_temporary(const std::string& path) {
    TemporaryEntry* entry = nullptr;
    for (TemporaryEntry* free = temporaries.load(); free != nullptr && entry == nullptr; free = free->next) {
        int expected = kEntryFree;
        if (free->state.compare_exchange_strong(expected, kEntryClaimed)) entry = free;
    }
    if (entry == nullptr) {
        entry = new TemporaryEntry;  // never freed: the handler may be reading it
        entry->next = temporaries.load();
        while (!temporaries.compare_exchange_weak(entry->next, entry)) {
        }
    }
    std::memcpy(entry->path, path.c_str(), std::min(path.size() + 1, sizeof(entry->path) - 1));
    entry->state.store(kEntryActive);
    return entry;
}

void release_temporary(TemporaryEntry* entry) { entry->state.store(kEntryFree); }

extern "C" void remove_temporaries_and_reraise(int signal_number) {
    cleaning_up.store(true);
    // A creation is a few system calls; the wait is bounded all the same (10 s), so a
    // thread stopped in a debugger cannot keep the process from dying.
    const struct timespec pause_between_looks {0, 1'000'000};
    for (int looks = 0; creations_under_way.load() > 0 && looks < 10'000; ++looks) ::nanosleep(&pause_between_looks, nullptr);
    for (TemporaryEntry* entry = temporaries.load(); entry != nullptr; entry = entry->next)
        if (entry->state.load() == kEntryActive) ::unlink(entry->path);
    // SA_RESETHAND restored the default action; it runs once this handler returns.
    ::raise(signal_number);
}

// Blocks the cleanup signals on this thread until it goes out of scope.
class CleanupSignalsBlocked {
public:
    CleanupSignalsBlocked() {
        sigset_t blocked;
        sigemptyset(&blocked);
        for (int signal_number : kCleanupSignals) sigaddset(&blocked, signal_number);
        ::pthread_sigmask(SIG_BLOCK, &blocked, &previous_);
    }
    ~CleanupSignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
    CleanupSignalsBlocked(const CleanupSignalsBlocked&) = delete;
    CleanupSignalsBlocked& operator=(const CleanupSignalsBlocked&) = delete;

private:
    sigset_t previous_;
};

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

// Why `path` may not be replaced by a regular file, judged from lstat: empty when it is
// absent or a regular file.
std::string not_replaceable_reason(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) return {};
        return reason_from_errno("cannot examine the output");
    }
    if (S_ISREG(info.st_mode)) return {};
    if (S_ISLNK(info.st_mode)) return "is a symbolic link; name the file itself, or remove the link first";
    if (S_ISDIR(info.st_mode)) return "is a folder, not a file";
    return "is not a regular file (a device, a pipe or a socket), which a brochure must not replace";
}

// The permissions the file at `path` has now, or those of a new file when it is absent.
mode_t mode_to_keep(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) return info.st_mode & 07777;
    return mode_for_new_files();
}

// Fills, flushes and closes `fd` (always closed), then renames `temporary` over `path`.
std::string finish_temporary(int fd, const std::string& temporary, const std::string& path,
                             const std::string& bytes, Durability durability) {
    std::string reason;
    if (::fchmod(fd, mode_to_keep(path)) != 0)
        reason = reason_from_errno("cannot set the permissions of the temporary file");
    if (reason.empty()) reason = write_all(fd, bytes);
    if (reason.empty() && durability == Durability::fsync && ::fsync(fd) != 0)
        reason = reason_from_errno("cannot flush the temporary file");
    if (::close(fd) != 0 && reason.empty())
        reason = reason_from_errno("cannot close the temporary file");
    // Checked again at the last moment: something may have appeared there meanwhile.
    if (reason.empty()) reason = not_replaceable_reason(path);
    if (reason.empty() && ::rename(temporary.c_str(), path.c_str()) != 0)
        reason = reason_from_errno("cannot replace the file");
    return reason;
}

// The temporary's name pattern for a file called `name`: ".NAME.XXXXXX", with NAME cut
// (at a character boundary) so that the whole stays within the system's 255 bytes.
std::string temporary_name_pattern(const std::string& name) {
    constexpr std::size_t kMaxNameBytes = NAME_MAX;
    constexpr std::string_view kSuffix = ".XXXXXX";
    std::size_t kept = std::min(name.size(), kMaxNameBytes - 1 - kSuffix.size());
    while (kept > 0 && kept < name.size() && (static_cast<unsigned char>(name[kept]) & 0xC0) == 0x80) --kept;
    return "." + name.substr(0, kept) + std::string(kSuffix);
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
        // One byte more than expected is read to notice a file that grew meanwhile; room
        // for it is made at once, so that a file of the expected size is never copied.
        result.bytes.resize(static_cast<std::size_t>(info.st_size) + 1);
        std::size_t filled = 0;
        while (result.error.empty()) {
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

ReadResult read_file_inside(const std::string& root, const std::string& relative, std::size_t max_bytes) {
    char resolved_root[PATH_MAX];
    if (!::realpath(root.c_str(), resolved_root)) return {{}, reason_from_errno("cannot open its folder")};
    const std::string candidate = std::string(resolved_root) + "/" + relative;
    char resolved[PATH_MAX];
    if (!::realpath(candidate.c_str(), resolved)) return {{}, reason_from_errno("cannot open")};
    const std::string_view inside(resolved);
    const std::string prefix = std::string(resolved_root) == "/" ? "/" : std::string(resolved_root) + "/";
    if (!inside.starts_with(prefix))
        return {{}, fmt::format("leads out of the folder {} (through a symbolic link, to {})", resolved_root, resolved)};
    return read_file(resolved, max_bytes);
}

std::optional<long long> modification_time(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    return static_cast<long long>(info.st_mtim.tv_sec);
}

std::optional<FileIdentity> file_identity(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    return FileIdentity{info.st_dev, info.st_ino};
}

std::string unsafe_output_reason(const std::string& path, const std::vector<FileIdentity>& inputs) {
    if (std::string reason = not_replaceable_reason(path); !reason.empty()) return reason;
    const std::optional<FileIdentity> output = file_identity(path);
    if (output && std::find(inputs.begin(), inputs.end(), *output) != inputs.end())
        return "is a file this run reads or writes (a profile, a font or another output) and would be "
               "overwritten; choose another path";
    return {};
}

std::string write_file_atomically(const std::string& path, const std::string& bytes, Durability durability) {
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash + 1);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name.empty()) return "names a folder, not a file";
    if (std::string reason = not_replaceable_reason(path); !reason.empty()) return reason;

    std::string temporary = (slash == std::string::npos ? std::string() : folder) + temporary_name_pattern(name);
    int fd = -1;
    int create_errno = 0;
    TemporaryEntry* entry = nullptr;
    {
        // No signal may land between creating the temporary and registering it: the
        // handler would not know the file. On this thread the signals wait; a handler
        // running on another waits for creations_under_way to drop to zero.
        const CleanupSignalsBlocked blocked;
        creations_under_way.fetch_add(1);
        if (cleaning_up.load()) {
            creations_under_way.fetch_sub(1);
            for (;;) ::pause();  // the process is being ended by a signal: create nothing more
        }
        fd = ::mkostemp(temporary.data(), O_CLOEXEC);
        create_errno = errno;
        if (fd >= 0) entry = register_temporary(temporary);
        creations_under_way.fetch_sub(1);
    }
    if (fd < 0) {
        errno = create_errno;
        return reason_from_errno("cannot create a temporary file in " + folder);
    }

    const std::string reason = finish_temporary(fd, temporary, path, bytes, durability);
    if (!reason.empty()) ::unlink(temporary.c_str());
    release_temporary(entry);
    return reason;
}

void install_cleanup_on_signals() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_reraise;
    sigemptyset(&action.sa_mask);
    // While one handler runs, the others wait: each removes the files, then re-raises.
    for (int signal_number : kCleanupSignals) sigaddset(&action.sa_mask, signal_number);
    action.sa_flags = SA_RESETHAND;
    for (int signal_number : kCleanupSignals) ::sigaction(signal_number, &action, nullptr);
}

bool open_closed_standard_descriptors() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF) continue;
        // The lowest free descriptor is `fd` itself, those below it being open.
        const int opened = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (opened < 0) return false;
        if (opened != fd) {
            if (::dup2(opened, fd) < 0) return false;
            ::close(opened);
        }
    }
    return true;
}

}  // namespace brochure
