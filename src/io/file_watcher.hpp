#pragma once
// Waiting for files to change, for `brochure watch`: inotify on the folders that hold
// them, so that an editor that saves by writing a temporary file and renaming it over the
// original is seen as well as one that writes in place. Interrupts (SIGINT, SIGTERM)
// end the wait rather than the process, so that the caller stops cleanly between renders.

#include <chrono>
#include <string>
#include <vector>

namespace brochure {

class FileWatcher {
public:
    enum class Event { changed, interrupted, failed };

    /// Starts blocking SIGINT and SIGTERM for the process (they are read by wait()).
    /// error() says why when it could not start.
    FileWatcher();
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    /// Empty when the watcher works, else why not.
    const std::string& error() const { return error_; }

    /// Watches exactly `files` from now on (replacing the earlier set); a file that does
    /// not exist yet is seen when it appears. False (error() says why) when a folder
    /// cannot be watched.
    bool watch(const std::vector<std::string>& files);

    /// Waits until one of the files changes and no further event comes for `quiet`: a
    /// burst of events (write, rename, attribute change) is one change. `interrupted` when
    /// SIGINT or SIGTERM arrives first.
    Event wait(std::chrono::milliseconds quiet);

private:
    bool concerns_watched_file(int watch_descriptor, const std::string& name) const;

    struct WatchedFolder {
        int descriptor;
        std::vector<std::string> names;  ///< the watched files in it
    };
    int inotify_ = -1;
    int signals_ = -1;
    std::vector<WatchedFolder> folders_;
    std::string error_;
};

}  // namespace brochure
