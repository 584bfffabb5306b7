#include "model/image_path.hpp"

#include <fmt/format.h>

#include "model/limits.hpp"

namespace brochure {

std::optional<ImagePathProblem> check_image_path(std::string_view path) {
    if (path.size() > kMaxImagePathBytes)
        return ImagePathProblem{fmt::format("too long: {} bytes, the limit is {}", path.size(), kMaxImagePathBytes), {}};
    const std::vector<std::string> stay_inside = {
        "image paths are relative to the profile's folder, e.g. 'images/logo.svg'",
        "to keep images elsewhere, name their folder with --assets DIR"};
    if (path.front() == '/' || path.front() == '~')
        return ImagePathProblem{fmt::format("\"{}\" is not relative to the profile's folder", path), stay_inside};
    if (path.find('\\') != std::string_view::npos)
        return ImagePathProblem{fmt::format("\"{}\" contains a backslash", path),
                                {"separate folders with '/', e.g. 'images/logo.png'"}};
    if (path.back() == '/') return ImagePathProblem{fmt::format("\"{}\" names a folder, not a file", path), {}};
    for (std::size_t start = 0; start <= path.size();) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        if (path.substr(start, end - start) == "..")
            return ImagePathProblem{fmt::format("\"{}\" leaves the profile's folder through \"..\"", path), stay_inside};
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace brochure
