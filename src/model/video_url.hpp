#pragma once
// What makes a video address acceptable: something a phone can open from a QR code.

#include <string>
#include <string_view>
#include <vector>

namespace brochure {

/// One reason an address is refused, with hints for the user.
struct UrlProblem {
    std::string message;  ///< without the field path, e.g. "must not contain spaces"
    std::vector<std::string> hints;
};

/// Checks `url`: absolute http or https with a host, no spaces or control characters,
/// at most kMaxVideoUrlBytes bytes. Returns every problem found (none when acceptable).
std::vector<UrlProblem> check_video_url(std::string_view url);

}  // namespace brochure
