#pragma once
// What an image path in a profile may look like: relative to the profile's folder (or the
// --assets folder), and unable to climb out of it by its spelling alone. Symlinks that
// lead out are caught when the file is opened (pipeline/load_images).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brochure {

/// Why a path is refused, with hints for the user.
struct ImagePathProblem {
    std::string message;  ///< without the field path, e.g. "must be relative to the profile's folder"
    std::vector<std::string> hints;
};

/// Checks the spelling of `path`: relative, no ".." segment, no backslash, not a folder,
/// at most kMaxImagePathBytes bytes. Nothing when acceptable.
std::optional<ImagePathProblem> check_image_path(std::string_view path);

}  // namespace brochure
