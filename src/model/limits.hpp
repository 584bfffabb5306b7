#pragma once
// Limits shared by the loader and the layout, kept in one place so both agree.

#include <cstddef>

namespace brochure {

/// Longest video URL, in bytes, that still fits the brochure's QR code: version 7 at
/// error-correction level M in byte mode holds 122 bytes (a 45×45-module symbol, which
/// stays scannable at the size the brochure prints it).
inline constexpr std::size_t kMaxVideoUrlBytes = 122;

/// Longest image path, in bytes: a few folders deep with long names, far below PATH_MAX.
inline constexpr std::size_t kMaxImagePathBytes = 255;

}  // namespace brochure
