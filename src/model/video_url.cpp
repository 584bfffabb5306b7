#include "model/video_url.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "core/utf8.hpp"
#include "model/limits.hpp"

namespace brochure {

namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

// The text after "http://" or "https://", or nothing for any other scheme or a
// relative address.
std::optional<std::string_view> after_http_scheme(std::string_view url) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (starts_with_ignoring_case(url, scheme)) return url.substr(scheme.size());
    }
    return std::nullopt;
}

// The first character of `url` that changes the direction of the text around it
// (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
std::optional<char32_t> first_bidi_control(std::string_view url) {
    for (std::size_t index = 0; index < url.size();) {
        const char32_t c = next_code_point(url, index);
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return c;
    }
    return std::nullopt;
}

}  // namespace

std::vector<UrlProblem> check_video_url(std::string_view url) {
    std::vector<UrlProblem> problems;
    const auto rest = after_http_scheme(url);
    if (!rest || rest->empty() || rest->front() == '/') {
        problems.push_back({fmt::format("expected an absolute http or https address, got \"{}\"", url),
                            {"write the full address, starting with https://"}});
    }
    const auto blank = std::find_if(url.begin(), url.end(), [](char c) {
        return static_cast<unsigned char>(c) <= ' ' || c == '\x7F';
    });
    if (blank != url.end()) {
        problems.push_back({"must not contain spaces or control characters",
                            {"write a space as %20"}});
    }
    if (const auto bidi = first_bidi_control(url)) {
        problems.push_back({fmt::format("must not contain the bidirectional control U+{:04X}: it makes the printed "
                                        "address read differently from the one the QR code opens",
                                        static_cast<unsigned>(*bidi)),
                            {"remove it"}});
    }
    if (url.size() > kMaxVideoUrlBytes) {
        problems.push_back(
            {fmt::format("too long for a scannable QR code: {} bytes, the limit is {} ({} too many)",
                         url.size(), kMaxVideoUrlBytes, url.size() - kMaxVideoUrlBytes),
             {"use a shorter address, e.g. a redirect on the organisation's own site"}});
    }
    return problems;
}

}  // namespace brochure
