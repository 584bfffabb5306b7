#pragma once
// Reading inputs and writing outputs without ever leaving a partial file, and without
// ever writing over something the user did not ask to replace.

#include <sys/types.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace brochure {

/// Either a file's bytes or a one-line error ("cannot open: No such file or directory").
struct ReadResult {
    std::string bytes;
    std::string error;  ///< empty on success
    bool ok() const { return error.empty(); }
};

/// Reads a whole regular file. Refuses directories and files larger than `max_bytes`.
ReadResult read_file(const std::string& path, std::size_t max_bytes);

/// Reads the regular file at `relative` (a path without ".." segments) inside the folder
/// `root`, refusing one that is reached, through a symbolic link anywhere on its way, at
/// a place outside `root`: a profile cannot make the program read /etc/shadow. The error
/// says which, without repeating the path.
ReadResult read_file_inside(const std::string& root, const std::string& relative, std::size_t max_bytes);

/// When the file at `path` was last changed, in seconds since 1970 (UTC); nothing when
/// it cannot be examined.
std::optional<long long> modification_time(const std::string& path);

/// Which file a path leads to (after symlinks): the same identity means the same file,
/// whatever the path's spelling, hard links included.
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity&) const = default;
};

/// The identity of the file at `path`; nothing when it cannot be examined (e.g. absent).
std::optional<FileIdentity> file_identity(const std::string& path);

/// Why `path` must not be written as an output, or empty when it may: it must be absent or
/// a regular file (not a symbolic link, a folder, a device or a pipe, which an atomic
/// replace would turn into a regular file), and must not be any of `inputs`.
std::string unsafe_output_reason(const std::string& path, const std::vector<FileIdentity>& inputs);

/// Whether a write must reach the disk before the file is replaced.
enum class Durability {
    fsync,     ///< flushed to the disk first: a crash leaves the old file or the new one
    no_fsync,  ///< for files that cost nothing to lose (the build's records)
};

/// Writes `bytes` to `path` atomically: a new temporary file (O_EXCL, never through a
/// link) in the same folder, flushed, then renamed over `path`. An existing file keeps its
/// permissions; a new one gets those of the umask. Refuses a `path` that is not absent or
/// a regular file. On failure `path` is untouched, no temporary file remains, and the
/// returned string says why; on success it is empty.
std::string write_file_atomically(const std::string& path, const std::string& bytes,
                                  Durability durability = Durability::fsync);

/// Makes SIGINT, SIGTERM, SIGHUP and SIGPIPE remove every temporary file that
/// write_file_atomically has open, on any thread and however many, before the process dies
/// of the signal as it would have anyway. Call once, early, from the program's main; it
/// replaces the handlers of those signals.
void install_cleanup_on_signals();

/// Opens /dev/null on whichever of the standard descriptors 0, 1 and 2 is closed, so
/// that no file the program opens later becomes its standard output or error by chance
/// (a font opened as descriptor 2 would receive every warning). Call first in main; false
/// when /dev/null cannot be opened.
bool open_closed_standard_descriptors();

}  // namespace brochure
