#pragma once
// What brochure and its SVG worker (brochure-svg) say to each other over one socket: a
// request, then its reply, in the byte order of the machine both run on. librsvg draws in
// that separate process so that the renderer neither loads it and its thirty libraries
// (a third of its memory and of its start-up) nor goes down with it on a hostile file.

#include <cstdint>

namespace brochure::svg_worker {

enum class Operation : std::uint32_t {
    measure = 1,  ///< the document's intrinsic size
    draw = 2,     ///< the document drawn into width × height pixels
};

/// Followed by `length` bytes: the SVG document.
struct Request {
    Operation operation;
    std::uint32_t width;   ///< draw: pixels across
    std::uint32_t height;  ///< draw: pixels down
    std::uint32_t unused;
    std::uint64_t length;
};

enum class Status : std::uint32_t { ok = 0, refused = 1 };

/// Followed by `length` bytes: for a refusal, its reason (a sentence of at most
/// kMaxReasonBytes); for a drawing, width × height × 3 colour samples (RGB, not
/// premultiplied) and then width × height alpha samples; nothing for a measure.
struct Reply {
    Status status;
    std::uint32_t unused;
    std::uint64_t length;
    double width;   ///< measure: the intrinsic size in CSS pixels
    double height;
};

inline constexpr std::uint64_t kMaxReasonBytes = 4096;

}  // namespace brochure::svg_worker
