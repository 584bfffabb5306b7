// brochure-svg: the process in which brochure has librsvg read and draw SVG files. brochure
// starts it when a profile first names an SVG, and talks to it over the socket that is
// this process's standard input (svg_worker_protocol.hpp); it ends when that closes.

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>
#include <string_view>

#include "image/decode_image.hpp"
#include "image/svg_worker/rsvg_document.hpp"
#include "image/svg_worker_protocol.hpp"

namespace brochure::svg_worker {

namespace {

constexpr int kChannel = STDIN_FILENO;

// False at the end of input or on a read error.
bool read_exactly(void* into, std::size_t size) {
    auto* bytes = static_cast<char*>(into);
    while (size > 0) {
        const ssize_t got = ::read(kChannel, bytes, size);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        bytes += got;
        size -= static_cast<std::size_t>(got);
    }
    return true;
}

bool write_all(const void* from, std::size_t size) {
    const auto* bytes = static_cast<const char*>(from);
    while (size > 0) {
        const ssize_t put = ::write(kChannel, bytes, size);
        if (put < 0 && errno == EINTR) continue;
        if (put <= 0) return false;
        bytes += put;
        size -= static_cast<std::size_t>(put);
    }
    return true;
}

bool send_reply(Reply reply, std::string_view payload) {
    reply.length = payload.size();
    return write_all(&reply, sizeof reply) && write_all(payload.data(), payload.size());
}

bool refuse(std::string reason) {
    if (reason.size() > kMaxReasonBytes) reason.resize(kMaxReasonBytes);
    return send_reply({Status::refused, 0, 0, 0, 0}, reason);
}

bool answer(const Request& request, std::string_view document) {
    if (request.operation == Operation::measure) {
        const Measured measured = measure_svg(document);
        if (!measured.error.empty()) return refuse(measured.error);
        return send_reply({Status::ok, 0, 0, measured.width, measured.height}, {});
    }
    if (request.operation == Operation::draw) {
        const long long pixels = static_cast<long long>(request.width) * request.height;
        if (request.width == 0 || request.height == 0 || request.width > kMaxImageSide ||
            request.height > kMaxImageSide || pixels > kMaxImagePixels)
            return refuse("cannot draw an SVG at that size");
        std::string error;
        const std::string samples =
            draw_svg(document, static_cast<int>(request.width), static_cast<int>(request.height), error);
        if (!error.empty()) return refuse(error);
        return send_reply({Status::ok, 0, 0, 0, 0}, samples);
    }
    return refuse("unknown request");
}

}  // namespace

}  // namespace brochure::svg_worker

int main() {
    using namespace brochure::svg_worker;
    if (isatty(kChannel)) {
        std::fputs("brochure-svg draws SVG files for brochure, which starts it itself; it is not a command.\n",
                   stderr);
        return 2;
    }
    for (;;) {
        Request request;
        if (!read_exactly(&request, sizeof request)) return 0;  // brochure is done
        if (request.length > brochure::kMaxImageFileBytes) return 2;  // not brochure talking
        std::string document(request.length, '\0');
        if (!read_exactly(document.data(), document.size())) return 2;
        if (!answer(request, document)) return 2;
    }
}
