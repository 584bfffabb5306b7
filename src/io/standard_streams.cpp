#include "io/standard_streams.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace brochure {

ReadResult read_standard_input(std::size_t max_bytes) {
    ReadResult result;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR) continue;
        if (count < 0) return {{}, std::string("cannot read: ") + std::strerror(errno)};
        if (count == 0) break;
        if (result.bytes.size() + static_cast<std::size_t>(count) > max_bytes)
            return {{}, fmt::format("is over the limit of {} bytes", max_bytes)};
        result.bytes.append(buffer, static_cast<std::size_t>(count));
    }
    return result;
}

std::string write_standard_output(const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t count = ::write(STDOUT_FILENO, bytes.data() + written, bytes.size() - written);
        if (count < 0 && errno == EINTR) continue;
        if (count < 0) return std::string("cannot write to standard output: ") + std::strerror(errno);
        written += static_cast<std::size_t>(count);
    }
    return {};
}

bool standard_output_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

}  // namespace brochure
