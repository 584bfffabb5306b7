#pragma once
// brochure's side of the SVG worker (svg_worker_protocol.hpp): starts brochure-svg when
// first asked, sends it one request at a time, and gives up on it when it crashes, hangs
// or says something malformed (an error for that request, never for brochure; the next
// request starts a new worker).

#include <sys/types.h>

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "image/svg_worker_protocol.hpp"

namespace brochure {

class SvgWorkerClient {
public:
    /// `executable`: the worker program; `patience`: how long one request may take.
    SvgWorkerClient(std::string executable, std::chrono::milliseconds patience);
    ~SvgWorkerClient();
    SvgWorkerClient(const SvgWorkerClient&) = delete;
    SvgWorkerClient& operator=(const SvgWorkerClient&) = delete;

    /// The process's client, of the installed worker beside an installed brochure, or of
    /// the one built beside build/brochure.
    static SvgWorkerClient& shared();

    struct Size {
        double width = 0;
        double height = 0;
    };
    /// Starts the worker now, when it is not running, without waiting for it: a command
    /// that may draw SVGs calls this first, so that the worker's start-up (loading librsvg
    /// and its libraries) overlaps with its own work. A worker that cannot start is
    /// reported by the first request, which tries again.
    void start_ahead();

    /// The document's intrinsic size (0 × 0 when it says none), or nothing with `error` set.
    /// A size once measured is remembered (for up to kRememberedSizes documents of at
    /// most kRememberedDocumentBytes): the profiles of a batch often share a logo, and
    /// each asked the worker to parse it again.
    std::optional<Size> measure(std::string_view document, std::string& error);

    static constexpr std::size_t kRememberedSizes = 64;
    static constexpr std::size_t kRememberedDocumentBytes = 64 * 1024;

    /// The document drawn into width × height pixels: the RGB samples, then the alpha
    /// samples; empty with `error` set.
    std::string draw(std::string_view document, int width, int height, std::string& error);

private:
    // One request and its reply's payload; false with `error` set.
    bool exchange(const svg_worker::Request& request, std::string_view document, std::uint64_t expected_length,
                  svg_worker::Reply& reply, std::string& payload, std::string& error);
    bool start(std::string& error);
    // Ends the worker (killed if still running) and says how it ended.
    std::string stop();

    std::optional<Size> remembered_size(std::string_view document);
    void remember_size(std::string_view document, Size size);

    std::string executable_;
    std::chrono::milliseconds patience_;
    std::mutex measured_mutex_;                      ///< guards the two below
    std::map<std::string, Size, std::less<>> measured_;
    std::deque<std::string> measured_order_;         ///< the oldest first, forgotten first
    std::mutex mutex_;
    int channel_ = -1;
    pid_t process_ = -1;
    bool asked_ = false;  ///< the running worker has been sent a request
};

}  // namespace brochure
