#pragma once
// Reading inputs and writing outputs without ever leaving a partial file.

#include <cstddef>
#include <string>

namespace brochure {

/// Either a file's bytes or a one-line error ("cannot open: No such file or directory").
struct ReadResult {
    std::string bytes;
    std::string error;  ///< empty on success
    bool ok() const { return error.empty(); }
};

/// Reads a whole regular file. Refuses directories and files larger than `max_bytes`.
ReadResult read_file(const std::string& path, std::size_t max_bytes);

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed and
/// fsynced, then renamed over `path`. On failure `path` is untouched, no temporary file
/// remains, and the returned string says why; on success it is empty.
std::string write_file_atomically(const std::string& path, const std::string& bytes);

/// Makes SIGINT and SIGTERM remove any temporary file write_file_atomically has open
/// before the process dies of the signal as it would have anyway. Call once, early, from
/// the program's main; it replaces the handlers of those two signals.
void install_cleanup_on_signals();

}  // namespace brochure
